import { isFirstName } from '../lexicon/firstNames';
import { classify } from './classify';
import { ROLE_WORDS, TITLE_WORDS } from './lookups';
import { personShaped } from './names';
import type { EntityRegistry } from './registry';
import type { TrimmedRun } from './runs';

/**
 * "Cardinal Marc Ouellet of the Holy See", "Ecologist Ryan Norris of the University of Guelph", "Director Anthony
 * Fauci of the National Institute of Allergy and Infectious Diseases": one title or capitalised role word, a person's
 * name opened by a common first name, then "of", "for" or "at" and their organisation (AP style puts the title before
 * the name and the affiliation after it). Adds the person, with the title as their role, and the organisation; whether
 * it did. Abstains when the words before "of" are themselves an organisation or place ("Bank Julius Baer of …").
 */
export function addTitledPersonThenOrganization(registry: EntityRegistry, { block, text, group, words, start }: TrimmedRun): boolean {
  const title = words[0] ?? '';
  const ofAt = words.findIndex((w, i) => i >= 3 && i <= 4 && (w === 'of' || w === 'for' || w === 'at'));
  const name = words.slice(1, ofAt);
  const isTitle = TITLE_WORDS.has(title) || ROLE_WORDS.has(title.toLowerCase());
  if (!(ofAt > 0 && isTitle && isFirstName(name[0] ?? '') && personShaped(name) && !name.some((w) => TITLE_WORDS.has(w))) || classify(name.join(' '), name))
    return false;
  const personStart = text.indexOf(name[0] ?? '', start + title.length);
  const last = name.at(-1) ?? '';
  const personEnd = text.indexOf(last, personStart) + last.length;
  // The mention keeps the title, as titled names' mentions do ("President John Kufuor").
  registry.add('person', text.slice(personStart, personEnd), block, start, personEnd, title, [title]);
  const orgWords = words.slice(ofAt + 1).filter((w, i) => i > 0 || w !== 'the');
  const orgStart = text.indexOf(orgWords[0] ?? '', personEnd);
  if (orgWords.length > 0 && orgStart >= 0)
    registry.add(classify(orgWords.join(' '), orgWords) ?? 'organization', text.slice(orgStart, group.end), block, orgStart, group.end);
  return true;
}
