import { isFirstName } from '../lexicon/firstNames';
import { HEAD_SURNAMES } from '../lexicon/headSurnames';
import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { PLACE_HEADS } from './lookups';
import { isInitial, surnameAfterFirstName } from './names';
import type { EntityRegistry } from './registry';

/**
 * Whether a "person" found is the name of a place, a thing or an event by its last word ("General Santos City" cut to
 * "Santos City", "Capitol Hill Autonomous Zone" to "Hill Autonomous Zone", "Walt Disney World", "Noncommissioned Officer
 * Education System" to "Education System"): two or more words, the last a place's or a thing's head word. Observed on
 * fresh Wikinews and Army pages, where a title word ("General", "Officer") or a given name ("Walt") inside such a name
 * let a title or first-name rule take it for someone. A head that is also a surname closes a person's name after a
 * given name, an initial or a title ("Kevin Hall", "Doris Day", "Judge Durham Hall"), `titled` saying the text gave one.
 */
export function endsInNonPersonHead(name: string, titled = false): boolean {
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  if (words.length < 2 || !(NON_PERSON_HEADS.has(last) || PLACE_HEADS.test(name))) return false;
  const before = words.at(-2) ?? '';
  return !(surnameAfterFirstName(words, words.length - 1) || (HEAD_SURNAMES.has(last) && (titled || isFirstName(before) || isInitial(before))));
}

/** Clears the mentions of every person whose name ends in a place's or a thing's head word: such a "person" is no one. */
export function dropHeadEndedNames({ entities }: EntityRegistry): void {
  for (const entity of entities.values()) if (entity.type === 'person' && endsInNonPersonHead(entity.name, entity.roleWords.size > 0)) entity.mentions = [];
}
