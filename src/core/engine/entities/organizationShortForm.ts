import { NOT_NAMES } from '../lexicon/notNames';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { COUNTRY_BY_ADJECTIVE, PLACES } from './lookups';

/**
 * The first word an organisation of several words may be called by alone on second reference ("Arcturus" for
 * "Arcturus Semiconductor"); undefined for a one-word name, or when that word stands for something else: a word
 * listed as no name, a place or nationality ("Kenya Airways" is not "Kenya"), an organisation's head word opening the
 * name ("Bank of England"), or an acronym or initials ("U.S. Steel").
 */
export function organizationShortForm(name: string): string | undefined {
  const first = name.split(' ')[0] ?? '';
  const says = NOT_NAMES.has(first) || PLACES.has(first) || COUNTRY_BY_ADJECTIVE.has(first) || ORG_HEADS.has(first) || /^[A-Z.]+$/.test(first);
  return name.includes(' ') && !says ? first : undefined;
}
