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
 * the name and the affiliation after it). NASA's style writes longer titles the same way: "Project Scientist Robert
 * Pappalardo of NASA’s Jet Propulsion Laboratory", "Deputy Project Scientist Jane Roe of …" — up to two capitalised
 * words may qualify the title word before the name. Adds the person, with the whole title as their role, and the
 * organisation; whether it did. Abstains when the words before "of" are themselves an organisation or place ("Bank
 * Julius Baer of …").
 */
export function addTitledPersonThenOrganization(registry: EntityRegistry, { block, text, group, words, start }: TrimmedRun): boolean {
  const ofAt = words.findIndex((w, i) => i >= 3 && i <= 6 && (w === 'of' || w === 'for' || w === 'at'));
  const nameAt = titledNameStart(words, ofAt);
  if (nameAt < 0) return false;
  const name = words.slice(nameAt, ofAt);
  const title = words[nameAt - 1] ?? '';
  const personStart = text.indexOf(name[0] ?? '', text.indexOf(title, start) + title.length);
  const last = name.at(-1) ?? '';
  const personEnd = text.indexOf(last, personStart) + last.length;
  // The mention keeps the title, as titled names' mentions do ("President John Kufuor").
  registry.add('person', text.slice(personStart, personEnd), block, start, personEnd, text.slice(start, personStart).trim(), [title]);
  const orgWords = words.slice(ofAt + 1).filter((w, i) => i > 0 || w !== 'the');
  const orgStart = text.indexOf(orgWords[0] ?? '', personEnd);
  if (orgWords.length > 0 && orgStart >= 0)
    registry.add(classify(orgWords.join(' '), orgWords) ?? 'organization', text.slice(orgStart, group.end), block, orgStart, group.end);
  return true;
}

/**
 * Where the name starts in a run "Title Name of …" whose "of" (or "for", "at") is at `ofAt`: the name is the two or
 * three words before it, opened by a common first name; the word before the name is a title or a capitalised role word,
 * and at most two capitalised words before that qualify it ("Deputy Project Scientist"). -1 when the run is not that shape.
 */
function titledNameStart(words: ReadonlyArray<string>, ofAt: number): number {
  for (const length of [2, 3]) {
    const nameAt = ofAt - length;
    const name = words.slice(nameAt, ofAt);
    const title = words[nameAt - 1] ?? '';
    const isTitle = TITLE_WORDS.has(title) || ROLE_WORDS.has(title.toLowerCase());
    const qualifiers = words.slice(0, Math.max(0, nameAt - 1));
    if (nameAt < 1 || nameAt > 3 || !isTitle || !qualifiers.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    if (isFirstName(name[0] ?? '') && personShaped(name) && !name.some((w) => TITLE_WORDS.has(w)) && !classify(name.join(' '), name)) return nameAt;
  }
  return -1;
}
