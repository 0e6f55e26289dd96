/**
 * Organisation nouns general enough to stand for whichever organisation the text was last about. Documents
 * ("the study", "the report") are not among them: their author is rarely the organisation last named.
 * Lower case.
 */
export const GENERIC_ORG_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'group',
  'agency',
  'government',
  'organization',
  'organisation',
  'startup',
  'chipmaker',
  'automaker',
  'lender',
  'insurer',
  'retailer',
  'manufacturer',
  'carrier',
  'airline',
  'coalition',
  'alliance',
  'bloc',
  'body',
  'institute',
  'union',
  'campaign',
]);
