import { COMMERCIAL_NOUNS } from './commercialNouns';

/**
 * Organisation nouns general enough to stand for whichever organisation the text was last about. Documents
 * ("the study", "the report") are not among them: their author is rarely the organisation last named.
 * Lower case. The business nouns (`commercialNouns.ts`) are among them.
 */
export const GENERIC_ORG_NOUNS: ReadonlySet<string> = new Set([
  ...COMMERCIAL_NOUNS,
  'group',
  'agency',
  'government',
  'organization',
  'organisation',
  'coalition',
  'alliance',
  'bloc',
  'body',
  'institute',
  'union',
  'campaign',
]);
