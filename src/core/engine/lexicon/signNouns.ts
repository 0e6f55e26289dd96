/**
 * Things that bear written words for all to read: a sign, a banner, a placard, a poster, a sticker, graffiti, a T-shirt.
 * Words quoted as read on them are shown, not spoken (docs/annotation-guide.md: slogans printed on things are no quotes),
 * so a quote cued by one is no one's speech (`attribution/displayedWords.ts`, `attribution/captionWords.ts`). Lower case,
 * singular and plural.
 */
export const SIGN_NOUNS: ReadonlyArray<string> = [
  'sign',
  'signs',
  'banner',
  'banners',
  'placard',
  'placards',
  'poster',
  'posters',
  'sticker',
  'stickers',
  'graffiti',
  'graffito',
  't-shirt',
  't-shirts',
];

/** `SIGN_NOUNS` as a regular-expression alternation, lower case. */
export const SIGN_NOUN = SIGN_NOUNS.join('|');

/** `SIGN_NOUNS` as a sentence's first word writes them (`Sign reads "…"`): capitalised, for a case-sensitive match. */
export const CAPITALISED_SIGN_NOUN = SIGN_NOUNS.map((noun) => noun.charAt(0).toUpperCase() + noun.slice(1)).join('|');
