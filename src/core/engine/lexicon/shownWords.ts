/**
 * Nouns for words that are someone's answer or are put on show (a sign, a banner, a placard): a clause credited to a
 * source that names such words, "According to X, the mayor's answer was short:" or "…, the banner carried by the
 * officers read:", sets off those words, not the source's (sieves/openingAccording.ts). Lower case, singular and plural.
 */
export const SHOWN_WORDS: ReadonlySet<string> = new Set([
  'answer',
  'answers',
  'reply',
  'replies',
  'response',
  'responses',
  'sign',
  'signs',
  'banner',
  'banners',
  'placard',
  'placards',
  'inscription',
  'headline',
  'headlines',
]);
