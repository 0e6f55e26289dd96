import { NOT_NAMES } from '../lexicon/notNames';
import { GROUP_SPEAKERS } from '../lexicon/groupSpeakers';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { COUNTRY_BY_ADJECTIVE, PLACES } from './lookups';

/**
 * The first word an organisation of several words may be called by alone on second reference ("Arcturus" for
 * "Arcturus Semiconductor"); undefined for a one-word name, or when that word stands for something else: a word
 * listed as no name, a place or nationality ("Kenya Airways" is not "Kenya"), an organisation's head word opening the
 * name ("Bank of England"), or an acronym or initials ("U.S. Steel"); nor when people of that first word's body make up
 * the organisation ("Ryanair Pilots Group", whose "Ryanair" is the airline the pilots fly for and are at odds with:
 * wikinews-ryanair-sack-sue-pilot-safety-documentary-2013-08-15).
 */
export function organizationShortForm(name: string): string | undefined {
  const first = name.split(' ')[0] ?? '';
  const says = NOT_NAMES.has(first) || PLACES.has(first) || COUNTRY_BY_ADJECTIVE.has(first) || ORG_HEADS.has(first) || /^[A-Z.]+$/.test(first);
  return name.includes(' ') && !says && !isPeopleWord(name.split(' ')[1] ?? '') ? first : undefined;
}

const ROLES = new Set(PERSON_ROLE_NOUNS);

/** Whether a word of a name is a plural noun for people ("Pilots", "Employees", "Workers"): the body is made of them. */
export const isPeopleWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return GROUP_SPEAKERS.has(lower) || (lower.endsWith('s') && ROLES.has(lower.slice(0, -1)));
};
