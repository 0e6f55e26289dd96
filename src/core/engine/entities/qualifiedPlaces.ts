import { CONTINENTAL_ADJECTIVES } from '../lexicon/continentalAdjectives';
import { ERA_ADJECTIVES } from '../lexicon/eraAdjectives';
import { PLACE_QUALIFIERS } from '../lexicon/placeQualifiers';
import { PLACES } from './lookups';

/** Whether a capitalised word narrows a place to a period or a part of it: "Roman", "Upper", "West", "Central". */
const placeQualifier = (word: string) => ERA_ADJECTIVES.has(word) || (/^\p{Lu}/u.test(word) && PLACE_QUALIFIERS.has(word.toLowerCase()));

/**
 * Whether a "person" found is a place in one of its periods or parts, or a region's people: two words, a period's or a
 * part's adjective ("Roman", "Upper", "West", `eraAdjectives.ts`, `placeQualifiers.ts`) before a known place ("Roman
 * Egypt", "Roman Britain"), a land named in the plural ("West Midlands") or a continent's adjective ("North African", `continentalAdjectives.ts`).
 * The opening word is a given name as well ("Roman Abramovich", "West"), which made the phrase a person's full name; no
 * surname is a known place after such a word. A given name spelt so with a role is someone, which the caller checks.
 * Observed on real news: "the early period of Roman Egypt" (wikinews-ancient-egyptians-collected-wild-ibis-sacrifice),
 * "the village of Knowle in the West Midlands of England", "which Middle Eastern or North African country".
 */
export function namesQualifiedPlace(name: string): boolean {
  const words = name.split(' ');
  if (words.length !== 2) return false;
  const [first = '', last = ''] = words;
  return placeQualifier(first) && (PLACES.has(last) || /^\p{Lu}\p{Ll}+lands$/u.test(last) || CONTINENTAL_ADJECTIVES.has(last));
}
