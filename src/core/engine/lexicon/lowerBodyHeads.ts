import { GOVERNMENT_WORDS } from './governmentWords';

/**
 * Nouns that alone head a government body written in lower case after a name ("José Ortiz of the island's power
 * authority", "of the city's police"): the government words (`governmentWords.ts`) less those that name a place or a tier
 * of government ("of the city" tells where one lives, "of the federal" heads nothing), and "authority".
 */
export const LOWER_BODY_HEADS: ReadonlySet<string> = new Set([
  ...[...GOVERNMENT_WORDS].filter((word) => !['city', 'county', 'municipal', 'federal', 'un'].includes(word)),
  'authority',
]);
