import { isFirstName } from '../lexicon/firstNames';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { PORTFOLIOS } from '../lexicon/portfolios';
import { PLACE_HEADS, PLACES, ROLE_WORDS, TITLE_WORDS } from './lookups';
import { personShaped } from './names';
import type { EntityRegistry } from './registry';
import type { TrimmedRun } from './runs';

/**
 * "Project Manager Jordan Evans", "Mission Specialist Jeanette Epps", "U.S. Department of State Deputy Assistant
 * Secretary Kevin Sullivan": a job title written capitalised before a name, as AP style writes a formal title, whose
 * qualifier names a body ("Project", "Mission", "Department of State"). The run ends in a common first name and a
 * surname right after the title's role noun, so it names the person, not the body; the words before the name are
 * their role. At least two words come before the name: a lone capitalised role noun is a title only at a sentence's
 * start, which `afterRoleWord` reads. Whether it added the person (offsets as the run's: UTF-16, half-open).
 */
export function addPersonAfterRoleTitle(registry: EntityRegistry, { block, text, group, words, start }: TrimmedRun): boolean {
  const at = words.length - (words.length >= 5 && isFirstName(words.at(-3) ?? '') && personShaped(words.slice(-3)) ? 3 : 2);
  const person = words.slice(at);
  const role = words[at - 1] ?? '';
  // "Canadian Public Safety Minister Stockwell Day said" (Wikinews, May 2009): right before a speech verb, two name-shaped
  // words after a title are its holder's name even when no list knows the given name, for a title never speaks alone.
  // A body named before the title ("Progressive Teachers Union of Zimbabwe President …") is organizationTitledName.ts's.
  const named = isFirstName(words[at] ?? '')
    ? personShaped(person)
    : person.length === 2 &&
      person.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
      !words.slice(0, at).some((w) => ORG_HEADS.has(w)) &&
      isSpeechVerb(/^,?\s+(\p{Ll}+)/u.exec(text.slice(group.end, group.end + 24))?.[1] ?? '');
  if (at < 2 || !named || isFirstName(role)) return false;
  if (!(ROLE_WORDS.has(role.toLowerCase()) || TITLE_WORDS.has(role)) || role !== role.replace(/^\p{Ll}/u, (c) => c.toUpperCase())) return false;
  if (person.some((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w) || NON_PERSON_HEADS.has(w))) return false;
  const personName = person.join(' ');
  const personStart = group.end - personName.length;
  if (text.slice(personStart, group.end) !== personName) return false;
  registry.add('person', personName, block, start, group.end, text.slice(start, personStart).trim(), [role]);
  return true;
}

/**
 * "al-Eryani", "el-Sisi": an Arabic surname with its article glued on in lower case, which English writes only in a
 * person's name (a body's or a place's, "Ansar al-Sharia", "Deir al-Balah", is never read after a title "of" an office).
 */
const ARABIC_SURNAME = /^(?:al|el)-\p{Lu}\p{Ll}+$/u;

/**
 * "Mayor of London Sadiq Khan", "President of France Nicolas Sarkozy", "the President of Colombia Alvaro Uribe Velez"
 * (wikinews-us-secretary-of-defense-rumsfeld-visits-brazil-2005-03-26): a title, "of" and a known place, then two or
 * three name-shaped words ending the run. The place closes the title, so the words are the person's name even when the
 * first is no common first name; the words before it are their role. "Minister of Information Moammar al-Eryani"
 * (wikinews-mokha-yemen-bomb-kills-photojournalist-2019-01-30): after a title "of" an office that is no place, two words
 * ending in an Arabic surname (`ARABIC_SURNAME`) are as surely the name, and so are two after a government portfolio
 * (`PORTFOLIOS`: "Israeli Minister of the Interior Arye Derry", Wikinews, January 2018). Whether it added the person
 * (offsets as the run's: UTF-16, half-open).
 */
export function addPersonAfterTitleOfPlace(registry: EntityRegistry, { block, text, group, words, start }: TrimmedRun): boolean {
  const of = words.lastIndexOf('of', -3);
  const placeAt = (size: number) => words.slice(of + 1, words.length - size).filter((w, i) => i > 0 || w !== 'the');
  // A place of one word before three name-shaped words; otherwise the last two words are the name.
  const size = words.length - of - 1 === 4 && PLACES.has(placeAt(3).join(' ')) ? 3 : 2;
  const person = words.slice(-size);
  const place = placeAt(size);
  const closed = PLACES.has(place.join(' ')) || (size === 2 && (ARABIC_SURNAME.test(person[1] ?? '') || PORTFOLIOS.has(place.join(' '))));
  if (of < 1 || !TITLE_WORDS.has(words[of - 1] ?? '') || place.length === 0 || !closed || !personShaped(person)) return false;
  if (person.some((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w) || PLACES.has(w) || NON_PERSON_HEADS.has(w))) return false;
  const personName = person.join(' ');
  const personStart = group.end - personName.length;
  if (text.slice(personStart, group.end) !== personName || PLACE_HEADS.test(personName)) return false;
  registry.add('person', personName, block, start, group.end, text.slice(start, personStart).trim(), [words[of - 1] ?? '']);
  return true;
}
