/**
 * Nouns that head a body named in lower case, which is a public one when a word of `PUBLIC_OWNERS` qualifies it: "a
 * regional civil defense office", "the Northern Arapaho tribal historic preservation office". Lower case.
 */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(['office', 'council', 'department', 'service', 'bureau', 'commission', 'court']);

/**
 * Words that make an office of `OFFICE_HEADS` a government's: a tier of government ("tribal", "state", "county") or a
 * public service only governments run ("civil defense"). Not "regional" or "local", which a company's office may be.
 */
export const PUBLIC_OWNERS: ReadonlySet<string> = new Set([
  'tribal',
  'state',
  'federal',
  'city',
  'county',
  'municipal',
  'provincial',
  'government',
  'defense',
  'defence',
]);

/**
 * Nouns that alone head a government body written in lower case after a name ("José Ortiz of the island's power
 * authority", "of the city's police"): no place word ("of the city" tells where one lives).
 */
export const LOWER_BODY_HEADS: ReadonlySet<string> = new Set([
  'government',
  'ministry',
  'department',
  'agency',
  'bureau',
  'administration',
  'police',
  'army',
  'navy',
  'military',
  'authority',
  'directorate',
]);
