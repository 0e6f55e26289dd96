import { PLACE_QUALIFIERS } from '../lexicon/placeQualifiers';

/** A lower-case word, perhaps hyphenated, closing the text before a place's name, and the space after it. */
const LAST_WORD = /(?<![\p{L}'’-])(\p{Ll}[\p{Ll}-]*)\s+$/u;

/** The words before a place's name that a preposition may end: `lead`, and where they end (a UTF-16 offset). */
export interface PlaceLead {
  lead: string;
  end: number;
}

/**
 * The text right before a place's name at `start` (UTF-16 offset), from `from` on and at most `back` code units long,
 * less a word that narrows the place to a part of it (`placeQualifiers.ts`): "in south " before "Lebanon" reads as
 * "in ", so the checks for a preposition that governs the place see it. "The United Nations peacekeeping force in south
 * Lebanon has stated that …" (Wikinews, "Wikinews Shorts: August 5, 2010", AMALGUM_news_boeing) gave the cue to
 * Lebanon, which "in" governs as it does in "The peacekeeping force in Lebanon said".
 */
export function beforePlace(text: string, from: number, start: number, back: number): PlaceLead {
  const word = LAST_WORD.exec(text.slice(Math.max(from, start - 24), start));
  const end = word?.[1] && PLACE_QUALIFIERS.has(word[1]) ? start - word[0].length : start;
  return { lead: text.slice(Math.max(from, end - back), end), end };
}
