import { GOVERNMENT_WORDS } from './governmentWords';

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
 * authority", "of the city's police"): the government words (`governmentWords.ts`) less those that name a place or a tier
 * of government ("of the city" tells where one lives, "of the federal" heads nothing), and "authority".
 */
export const LOWER_BODY_HEADS: ReadonlySet<string> = new Set([
  ...[...GOVERNMENT_WORDS].filter((word) => !['city', 'county', 'municipal', 'federal', 'un'].includes(word)),
  'authority',
]);
