import { NOT_NAMES } from '../lexicon/notNames';
import { absorbEntity } from './absorbEntity';
import { isInitial } from './names';
import type { EntityRegistry } from './registry';
import type { FoundEntity } from './types';

/** A name's words without its initials ("Pedro R. Pierluisi Urrutia" → Pedro, Pierluisi, Urrutia). */
const withoutInitials = (name: string) => name.split(' ').filter((w) => !isInitial(w));

/**
 * Whether `full` is `short` ("Pedro Pierluisi") given whole in the Spanish way: the same first name, perhaps an initial,
 * the same father's surname, then the mother's ("Pedro R. Pierluisi Urrutia"); AP style calls a person by the given name
 * and the father's surname alone. Only with an initial in `full`, which marks a formal full name, so that "John Smith"
 * and "John Smith Taylor" (a double-barrelled name of someone else) stay apart.
 */
export function initialledDoubleSurname(short: string, full: string): boolean {
  const shortWords = short.split(' ');
  const fullWords = full.split(' ');
  const bare = withoutInitials(full);
  return (
    shortWords.length === 2 &&
    fullWords.some(isInitial) &&
    bare.length === 3 &&
    bare[0] === shortWords[0] &&
    bare[1] === shortWords[1] &&
    /^\p{Lu}\p{Ll}+$/u.test(bare[2] ?? '') &&
    !NOT_NAMES.has(bare[2] ?? '')
  );
}

/**
 * Joins a person named by given name and father's surname ("Pedro Pierluisi") to the one the text also names in full with
 * an initial and both surnames ("the Honorable Pedro R. Pierluisi Urrutia",
 * wikinews-puerto-rico-supreme-court-removes-pierluisi-2019-08-08): one person, under the fuller name, where exactly one
 * such full name fits.
 */
export function joinInitialledDoubleSurnames({ entities, byMention }: EntityRegistry): void {
  const people = [...entities.values()].filter((e) => e.type === 'person' && e.mentions.length > 0);
  for (const short of people) {
    const fuller: Array<FoundEntity> = people.filter((e) => e !== short && e.mentions.length > 0 && initialledDoubleSurname(short.name, e.name));
    const [full] = fuller;
    if (fuller.length === 1 && full) absorbEntity(byMention, full, short);
  }
}
