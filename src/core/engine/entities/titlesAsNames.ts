import { isFirstName } from '../lexicon/firstNames';
import { SURNAME_ROLES } from '../lexicon/surnameRoles';
import { ROLE_WORDS } from './lookups';
import { isInitial } from './names';
import type { EntityRegistry } from './registry';

/**
 * Whether a "person" found is a job title written capitalised, as AP style does before a name and many agencies do
 * after one ("Ty Hughes, Web Services Manager at OPM", "Assistant Centennial Coordinator", "Special Presidential
 * Envoy"): its last word is a role noun that is no common surname ("Siwei Fan" stays a person), and its first word is
 * no known first name nor an initial ("Bill Baker", "P.W. Singer" stay people; in a longer name, every word before the
 * last).
 */
export function isTitleNotName(name: string): boolean {
  const words = name.split(' ');
  const last = (words.at(-1) ?? '').toLowerCase();
  const given = (word: string) => isFirstName(word) || isInitial(word) || /^(?:\p{Lu}\.)+$/u.test(word);
  // "Web Services Manager": a longer name is a person's only where the words before the last are given names too.
  const named = words.length === 2 ? given(words[0] ?? '') : words.length > 2 && words.slice(0, -1).every(given);
  return ROLE_WORDS.has(last) && !SURNAME_ROLES.has(last) && !named;
}

/** Clears the mentions of every person whose name is a job title: such a "person" is no one. */
export function dropTitlesTakenAsNames({ entities }: EntityRegistry): void {
  for (const entity of entities.values()) if (entity.type === 'person' && isTitleNotName(entity.name)) entity.mentions = [];
}
