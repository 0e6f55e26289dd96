import { FOREIGN_HONORIFICS } from '../lexicon/foreignHonorifics';
import { LINEAGE_HONORIFICS } from '../lexicon/lineageHonorifics';
import { NOT_NAMES } from '../lexicon/notNames';
import { PERSONAL_HONORIFICS } from '../lexicon/personalHonorifics';
import { SURNAME_PARTICLES } from '../lexicon/surnameParticles';
import { spacedKoreanName } from './koreanNames';
import { PLACES, TITLE_WORDS } from './lookups';

/** A name's word as a person's own: a capital and at least two lower-case letters, no hyphen, no full stop. */
const NAME_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * "President Abdullahi Yusuf Ahmed … President Yusuf announced" (Wikinews, Somalia, December 2008), "Jaime Lucas Ortega
 * Alamino … Ortega" (Global Voices, Cuba), "Álvaro Uribe Vélez … Uribe": in Arabic and Somali naming the word before
 * the last is the father's name, in Spanish and Portuguese naming the father's surname, and news writing calls the
 * person by it alone after the first reference (AP Stylebook, "Arabic names" and "Spanish names"). The word before the
 * last of a three- or four-word name given whole (`words`, suffix removed), every word written as a name's, when it is
 * no title, honorific, place or common capitalised word and the name is no spaced Korean one ("Kim Jong Nam", whose
 * family name comes first); null otherwise. The registry looks it up only where no one bears the word as a surname
 * or first name, and drops it when two people's names hold it, so it can only join a lone word no one else answers to.
 */
export function middleName(words: ReadonlyArray<string>): string | null {
  // "Brazilian president Luiz Inácio Lula da Silva … Lula said" (a fresh Wikinews page, January 2005): before a surname
  // its particle opens, the word before the particle calls the person.
  const particled = words.length === 5 && SURNAME_PARTICLES.has(words.at(-2) ?? '') && NAME_WORD.test(words.at(-1) ?? '');
  const given = particled ? words.slice(0, 3) : words;
  if (given.length < 3 || given.length > 4 || !given.every((w) => NAME_WORD.test(w)) || spacedKoreanName(given)) return null;
  const middle = particled ? (given.at(-1) ?? '') : (given.at(-2) ?? '');
  const honorific = (w: string) => TITLE_WORDS.has(w) || FOREIGN_HONORIFICS.has(w) || PERSONAL_HONORIFICS.has(w) || LINEAGE_HONORIFICS.has(w);
  if (given.some(honorific) || PLACES.has(middle) || NOT_NAMES.has(middle)) return null;
  return middle;
}
