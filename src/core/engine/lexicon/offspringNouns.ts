/**
 * Nouns for a person's children, which make whoever has them a parent ("their thirteen children", "whose son", "Smith's
 * daughter"): what lets "the father" or "the mother" stand for someone the text named. Lower case, singular and plural.
 */
export const OFFSPRING_NOUNS: ReadonlySet<string> = new Set([
  'child',
  'children',
  'kid',
  'kids',
  'baby',
  'babies',
  'son',
  'sons',
  'daughter',
  'daughters',
  'offspring',
  'stepson',
  'stepdaughter',
  'stepchildren',
]);
