/**
 * Words in the name of a court, a state body, a party or a public school or hospital ("Delhi High Court", "Ministry of
 * Interior", "Labour Party"): no business, so no "the company" stands for it (`commercialNouns.ts`). Capitalised as in a
 * name.
 */
export const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set([
  'Court',
  'Tribunal',
  // "the National Transportation Safety Board (NTSB)" (wikinews-world-war-ii-plane-crashes-connecticut-2019-10-03): a
  // board with a name is a regulator or a public body, so "The company said" after it is another organisation.
  'Board',
  'Ministry',
  'Administration',
  'Agency',
  'Bureau',
  'Directorate',
  'Authority',
  'Department',
  'Parliament',
  'Senate',
  'Congress',
  'Assembly',
  'Council',
  'Commission',
  'Committee',
  'Embassy',
  'Police',
  'Army',
  'Navy',
  'Party',
  'Government',
  'Cabinet',
  'Municipality',
  'University',
]);
