import { PLACE_QUALIFIERS } from '../lexicon/placeQualifiers';

/** A word closing the text before a place's name, and the space after it. */
const LAST_WORD = /(?<![\p{L}'’-])([\p{L}][\p{L}-]*)\s+$/u;

/**
 * A compound whose last part is lower case, which describes the place after it: "war-torn Syria", "Indian-administered
 * Kashmir", "Israeli-occupied East Jerusalem", "rebel-held Idlib".
 */
const COMPOUND = /^\p{L}+(?:-\p{L}+)*-\p{Ll}+$/u;

/** Whether a word before a place's name leaves the place to the preposition before it. */
const describesPlace = (word: string): boolean => PLACE_QUALIFIERS.has(word) || COMPOUND.test(word);

/** The words before a place's name that a preposition may end: `lead`, and where they end (a UTF-16 offset). */
export interface PlaceLead {
  lead: string;
  end: number;
}

/**
 * The text right before a place's name at `start` (UTF-16 offset), from `from` on and at most `back` code units long,
 * less the words that describe the place (`placeQualifiers.ts`, or a compound such as "war-torn"): "in south " before
 * "Lebanon" reads as "in ", so the checks for a preposition that governs the place see it. "The United Nations peacekeeping force in south
 * Lebanon has stated that …" (Wikinews, "Wikinews Shorts: August 5, 2010", AMALGUM_news_boeing) gave the cue to
 * Lebanon, which "in" governs as it does in "The peacekeeping force in Lebanon said".
 */
export function beforePlace(text: string, from: number, start: number, back: number): PlaceLead {
  let end = start;
  // "in the war-torn capital Kabul": two such words at most.
  for (let i = 0; i < 2; i++) {
    const word = LAST_WORD.exec(text.slice(Math.max(from, end - 32), end));
    if (!word?.[1] || !describesPlace(word[1])) break;
    end -= word[0].length;
  }
  return { lead: text.slice(Math.max(from, end - back), end), end };
}
