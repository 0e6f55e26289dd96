import { isFirstName } from '../lexicon/firstNames';
import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { PAGEANT_WORDS } from '../lexicon/pageantWords';
import { PLACES, TITLE_WORDS } from './lookups';
import { personShaped } from './names';
import type { EntityRegistry } from './registry';
import type { TrimmedRun } from './runs';

/**
 * "Shrestha replaced former Miss Nepal Malina Joshi" (gv-nepal-shristi-shrestha-miss-nepal-2012-05-09): "Miss" and a
 * place or a pageant's word ("Miss World", "Miss Nepal International") is a beauty queen's title, not the honorific
 * before a surname; the name is the two or three words after it, opening with a known first name and closing the run,
 * and the title is the person's role. Without this the place was read as the name's first word ("Nepal Malina Joshi").
 * Whether it added the person (offsets as the run's: UTF-16, half-open).
 */
export function addPageantTitleHolder(registry: EntityRegistry, { block, text, group, words, start }: TrimmedRun): boolean {
  if (words[0] !== 'Miss' || !(PLACES.has(words[1] ?? '') || PAGEANT_WORDS.has(words[1] ?? ''))) return false;
  let at = 2;
  while (at < words.length && PAGEANT_WORDS.has(words[at] ?? '')) at++;
  const person = words.slice(at);
  if (person.length < 2 || person.length > 3 || !isFirstName(person[0] ?? '') || !personShaped(person)) return false;
  if (person.some((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w) || NON_PERSON_HEADS.has(w) || PLACES.has(w))) return false;
  const personName = person.join(' ');
  const personStart = group.end - personName.length;
  if (text.slice(personStart, group.end) !== personName) return false;
  registry.add('person', personName, block, start, group.end, text.slice(start, personStart).trim(), ['Miss']);
  return true;
}
