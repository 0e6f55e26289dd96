/**
 * Capitalised words a sentence or a greeting sets right before a name that are no part of it: a former office's
 * "Former" ("Former Vice-President Biden"), an emeritus's "Emeritus" ("Bishop Emeritus Dinualdo Gutierrez"), a style
 * ("the Honorable Pedro R. Pierluisi Urrutia"), a party member's noun ("Democrat Spearman, a minister"), Zimbabwe's
 * "Cde" (comrade, "Cde Mugabe"), a greeting in an interview ("Hi Agastya"). Observed on fresh English Wikinews pages.
 * Capitalised as written.
 */
export const NAME_QUALIFIERS: ReadonlySet<string> = new Set([
  'Former',
  'Emeritus',
  'Honorable',
  'Democrat',
  'Republican',
  'Cde',
  'Comrade',
  'Hi',
  'Hello',
  'Dear',
]);
