import { isFirstName } from '../lexicon/firstNames';
import { NOT_NAMES } from '../lexicon/notNames';
import { PLACES } from './lookups';

/** A word spelt as Spanish or Portuguese spell it: an accented letter or a tilde, or a patronymic ending ("-ez", "-es"). */
const IBERIAN_SPELLING = /[áéíóúñãõç]|(?:ez|es|az|iz|oz)$/u;

/**
 * "Ricardo Rosselló Nevares", "Wanda Vázquez Garced": in Spanish and Portuguese naming a person carries two surnames,
 * the father's then the mother's, and news writing calls them by the first alone after the first reference
 * ("Rosselló said"; AP Stylebook, "Spanish names"). The father's surname of a three-word name given whole (`words`,
 * suffix removed): its middle word, when the name opens with a first name and that word is spelt the Iberian way and
 * is no first name, place or common capitalised word ("El Panamá América", "Sarah Jessica Parker" have none); null
 * otherwise.
 */
export function fatherSurname(words: ReadonlyArray<string>): string | null {
  if (words.length !== 3 || !isFirstName(words[0] ?? '')) return null;
  const middle = words[1] ?? '';
  const nameWord = /^\p{Lu}\p{Ll}{2,}$/u;
  const spanish = nameWord.test(middle) && nameWord.test(words[2] ?? '') && IBERIAN_SPELLING.test(middle);
  // "Panamá" is the place "Panama" with its accent.
  const place = PLACES.has(middle) || PLACES.has(middle.normalize('NFD').replace(/\p{M}/gu, ''));
  return spanish && !isFirstName(middle) && !place && !NOT_NAMES.has(middle) ? middle : null;
}
