/** The small words a title leaves in lower case. */
const SMALL = new Set([
  'of',
  'the',
  'and',
  'a',
  'an',
  'in',
  'on',
  'for',
  'to',
  'at',
  'by',
  'with',
  'vs',
  'vs.',
  'from',
  'or',
  'as',
  'into',
  'via',
  '&',
  '–',
  '—',
  '-',
]);

/**
 * Whether words in quote marks are the title of a paper, a report, a poem, an agreement or an event, set in title case
 * as the Chicago Manual of Style (8.159) capitalises titles: seven words or more, each capitalised but for small words
 * after the first, and some lower-case letters (a sentence in capitals, "I WON THIS ELECTION, BY A LOT!", is shouted
 * speech). Speech is set in sentence case, so no quote of seven words comes out this way but a title. Six words or
 * fewer are `titleOfWork`'s (findQuotes.ts), which asks more of them, since a short phrase may be a slogan said aloud.
 */
export function isLongTitle(quoted: string): boolean {
  const words = quoted.trim().replace(/[.,]$/, '').split(/\s+/);
  if (words.length < 7 || !/\p{Ll}/u.test(quoted)) return false;
  return words.every((w, i) => /^[(“"'‘]?[\p{Lu}\d]/u.test(w) || (i > 0 && SMALL.has(w.toLowerCase())));
}

/** Words folded for finding them again: letters and digits only, lower case. */
const folded = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Whether words in marks in block `block` of `texts` are a title ({@link isLongTitle}); in the headline (block 0), only one
 * the body does not quote again: "“Trends in Nighttime Fires in South/Southeast Asian Countries” Published in the Journal
 * Atmosphere", "White Paper, “Space Data Ethics: The Next Frontier in Responsible Leadership”". A headline sets a quote in
 * title case too, but then restates the body (docs/annotation-guide.md, "Headlines"): `Ukraine: "If Prison Acquires a
 * Voice, Everything Will Change"` over a blogger's "If prison acquires a voice, everything will change."
 */
export function isTitleIn(quoted: string, block: number, texts: ReadonlyArray<string>): boolean {
  if (!isLongTitle(quoted)) return false;
  const words = folded(quoted);
  return block > 0 || !texts.slice(1).some((text) => folded(text).includes(words));
}
