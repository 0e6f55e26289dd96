/**
 * Words in the name of a court, a state body, a party or a public school or hospital ("Delhi High Court", "Ministry of
 * Interior", "Labour Party"): no business, so no "the company" stands for it (`commercialNouns.ts`). Capitalised as in a
 * name.
 */
export const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set([
  'Court',
  'Tribunal',
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
