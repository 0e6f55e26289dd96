import type { MentionIndex } from './mentions';
import type { Located, Referent } from './types';

/**
 * What may stand between two people of one list: a comma, "and" or both, after a place the first is "of" ("Dan Coats of
 * Indiana, John McCain of Arizona, and Olympia Snowe of Maine").
 */
const LIST_GAP = /^(?:\s+of\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})?(?:,\s+(?:and\s+)?|\s+and\s+)$/u;

/**
 * Whether the person named at `at` is one of two or more people listed together and joined by "and": "After the defeat,
 * Republican Senators Dan Coats of Indiana, John McCain of Arizona, and Olympia Snowe of Maine each asked Brown to run for
 * Senate again." (Wikinews, "Expected U.S. Senate special election taking shape in Massachusetts", 2012, fresh text).
 * Such a subject is plural, so a "he" or "she" after it means none of them by being its subject: there the "He alluded
 * to a potential return" is Brown, asked to run. A list without "and" is no list here ("Smith, Jones's lawyer, said").
 * `at` is a person's mention, or a part of it (UTF-16 offsets, half-open), in its block's text of `texts`.
 */
export function inPeopleList(at: Located, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean {
  const text = texts[at.block] ?? '';
  const people = mentions.inBlock(at.block).filter((m) => m.entity.type === 'person');
  const i = people.findIndex((m) => m.start <= at.start && at.start < m.end);
  if (i < 0) return false;
  let members = 1;
  let joined = false;
  const link = (from: number, to: number): boolean => {
    const left = people[from];
    const right = people[to];
    if (!left || !right || left.entity === right.entity) return false;
    const gap = text.slice(left.end, right.start);
    if (!LIST_GAP.test(gap)) return false;
    members++;
    joined ||= /\band\s+$/.test(gap);
    return true;
  };
  for (let j = i; j > 0 && link(j - 1, j); j--);
  for (let j = i; j < people.length - 1 && link(j, j + 1); j++);
  return members >= 2 && joined;
}

/**
 * Whether a sentence names `person` only inside lists of people (`inPeopleList`): "Miller and Smith both acknowledged
 * faults …, with Miller describing issues …" (wikinews-investigates-disappearance-cargo-ship-namse-bangdzod-2019-01-10)
 * names Miller alone too, as the subject of "describing", and a "He too suggested" after it is his. `people` are the
 * sentence's mentions of people.
 */
export const onlyListed = (person: Referent, people: ReadonlyArray<Referent>, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean =>
  [person, ...people.filter((p) => p.entity === person.entity)].every((p) => inPeopleList(p.at, texts, mentions));
