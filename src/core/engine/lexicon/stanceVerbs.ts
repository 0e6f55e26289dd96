/**
 * Past verbs of taking a side on a matter: "La Riva fully endorsed it" (Wikinews, On the campaign trail in the USA,
 * October 2020). A "while" clause with one of these sets another person's position against the speaker's words; with
 * any other verb ("profits rose sharply while Apple struggled") the clause may be part of what was said. Lower case.
 */
export const STANCE_VERBS: ReadonlySet<string> = new Set([
  'endorsed',
  'supported',
  'opposed',
  'backed',
  'rejected',
  'favored',
  'favoured',
  'praised',
  'criticized',
  'criticised',
  'condemned',
  'welcomed',
  'embraced',
  'denounced',
  'defended',
  'approved',
  'voted',
  'disagreed',
]);
