/**
 * One syllable of romanised Chinese (Cantonese, Mandarin) or Korean, written in lower case: a few consonants, one to
 * three vowels and at most a nasal or a stop ("cheung", "kwok", "ting", "jae", "ying", "jeou").
 */
const SYLLABLE = '[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|h)?';

/** A surname of one syllable, capitalised: "Leung", "Cheng", "Kwok", "Wong", "Tsai", "Kim", "Moon", "Park". */
const SURNAME = new RegExp(`^\\p{Lu}(?:${SYLLABLE}|[bcdfghjklmnpqrstvwxyz]{0,2}ark)$`, 'u');

/** A given name of two syllables joined by a hyphen, the second in lower case: "Chung-tai", "Che-cheung", "Jae-in". */
const GIVEN_NAME = new RegExp(`^\\p{Lu}(?:${SYLLABLE})-(?:${SYLLABLE})$`, 'u');

/** English words of that shape, which open no name ("The Hip-hop", "Top Sci-fi"). */
const NOT_SURNAMES = new Set([
  'The',
  'A',
  'An',
  'To',
  'In',
  'On',
  'At',
  'By',
  'Of',
  'So',
  'No',
  'Go',
  'Do',
  'He',
  'She',
  'We',
  'You',
  'Top',
  'New',
  'Hot',
  'Big',
]);

/** Hyphened English compounds of the same shape ("Hip-hop", "Wi-fi", "Sit-in"), no one's given name. */
const COMPOUNDS = new Set(['Hip-hop', 'Hi-fi', 'Wi-fi', 'Sci-fi', 'Lo-fi', 'Ping-pong', 'Sit-in', 'Tie-in', 'Yo-yo', 'Go-to', 'Chit-chat', 'Tom-tom']);

/**
 * Whether two capitalised words are a Chinese or Korean name written surname first with a hyphened given name:
 * "Cheng Chung-tai", "Leung Che-cheung", "Lam Cheuk-ting", "Moon Jae-in", "Tsai Ing-wen". No English first-name list
 * holds such given names, yet the shape (one syllable, then two joined by a hyphen, the second in lower case) is a
 * person's. Observed on real news: Wikinews' 2016 Hong Kong election report names twenty councillors so.
 */
export function isEastAsianName(words: ReadonlyArray<string>): boolean {
  const [surname = '', given = ''] = words;
  return words.length === 2 && SURNAME.test(surname) && !NOT_SURNAMES.has(surname) && GIVEN_NAME.test(given) && !COMPOUNDS.has(given);
}
