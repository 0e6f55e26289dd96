import { COUNTRY_BY_ADJECTIVE, PLACES } from './lookups';

/** The compass words that open a region's demonym: "North American", "West German". */
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central']);

/** Whether a word is a nationality's plural: "Americans", "Germans" (not "Welsh", "English", surnames as well). */
const nationalsPlural = (word: string) => /s$/.test(word) && !COUNTRY_BY_ADJECTIVE.has(word) && COUNTRY_BY_ADJECTIVE.has(word.slice(0, -1));

/**
 * Whether words are a place's people named by its name and "-ers" ("Hong Kongers", "New Yorkers", "New Zealanders"): the
 * words but the last's ending name a place (`lookups.ts`'s PLACES). Observed in wikinews-hong-kong-district-council-pro-
 * democracy-2019-11-27 ("On Sunday, Hong Kongers turned out"), whose first word is no given name's.
 */
function placeDwellers(words: ReadonlyArray<string>): boolean {
  const last = words.at(-1) ?? '';
  return /\p{Ll}ers$/u.test(last) && PLACES.has([...words.slice(0, -1), last.slice(0, -3)].join(' '));
}

/**
 * Whether a "person" is a people or a region's demonym: a nationality's plural closes it ("Black Americans", "South
 * Germans"), or compass words open a nationality ("North American", "West German"), or a place's name does its dwellers' plural
 * (`placeDwellers`: "Hong Kongers"). A surname spelt like a
 * nationality follows a given name ("Mark Welsh", "Jayanne English") and stays someone's. Observed on fresh Wikinews and
 * NASA pages, where a compass word that is also a given name ("West") made the demonym a name.
 */
export function namesDemonym(words: ReadonlyArray<string>): boolean {
  const last = words.at(-1) ?? '';
  if (words.length < 2) return false;
  if (nationalsPlural(last) || placeDwellers(words)) return true;
  return COUNTRY_BY_ADJECTIVE.has(last) && words.slice(0, -1).every((w) => COMPASS.has(w));
}
