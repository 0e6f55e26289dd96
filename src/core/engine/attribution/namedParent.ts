import { namedAsParent } from '../entities/parentTie';
import type { EntityIndex, FoundEntity } from '../entities/types';
import { firstNameGender } from '../lexicon/firstNames';
import { STAND_IN_KIN } from '../lexicon/standInKin';
import type { Gender } from './gender';

const KIN = STAND_IN_KIN.join('|');

/** A stand-in kin noun set off right before a name: "Her grandmother, Jane Doe". */
const KIN_BEFORE = new RegExp(`\\b(?:${KIN})\\s*,?\\s*$`, 'i');

/** A stand-in kin noun in an appositive right after a name: ", the boy's stepfather", ", her aunt". */
const KIN_AFTER = new RegExp(`^\\s*,\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${KIN})\\b`, 'iu');

/**
 * Whether the text calls `person` a grandparent, step-parent, uncle or aunt in apposition to one of their mentions
 * (`STAND_IN_KIN`): "Her grandmother, Jane Doe, said her daughter had left the child …" names the child's mother as
 * someone else. `texts` are the blocks the mentions' UTF-16 offsets are in.
 */
function calledStandInKin(person: FoundEntity, texts: ReadonlyArray<string>): boolean {
  return person.mentions.some((m) => {
    const text = texts[m.block] ?? '';
    return KIN_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || KIN_AFTER.test(text.slice(m.end, m.end + 60));
  });
}

/**
 * Whether "the father" or "the mother" may be `person`: the text made them a parent (`namedAsParent`) and never called
 * them a stand-in relative (`calledStandInKin`). `Tom Baker, the boy's stepfather, said his son …` then `The father said`
 * (made up, in the shape of a local missing-child report) is a second man, not the stepfather.
 */
export function mayBeTheParent(person: FoundEntity, index: EntityIndex, texts: ReadonlyArray<string>): boolean {
  return namedAsParent(person, index.entities, texts) && !calledStandInKin(person, texts);
}

/**
 * `The father said "…"` then `The mother said "…"` after "sentenced David and Louise Turpin to life in prison for
 * torturing … their thirteen children" (wikinews-california-court-sentences-turpin-parents-2019-04-20): "the father" or
 * "the mother" is the one person of its gender who may be the parent (`mayBeTheParent`), though the sentence before is
 * about the other parent. The gender is the one the text states (`genderOf`), else a first name's; a person of neither
 * is no answer. Null when no parent, or more than one, is of `gender`: the noun is then left to no one (annotation
 * guide: an unsure speaker stays unattributed). `texts` are the blocks the mentions' UTF-16 offsets are in.
 */
export function namedParent(
  gender: Gender,
  index: EntityIndex,
  texts: ReadonlyArray<string>,
  genderOf: (entity: FoundEntity) => Gender | null,
): FoundEntity | null {
  const people = index.entities.filter((e) => e.type === 'person');
  const ofGender = (e: FoundEntity) => (genderOf(e) ?? firstNameGender(e.name.split(/\s+/)[0] ?? '')) === gender;
  const parents = people.filter((e) => ofGender(e) && mayBeTheParent(e, index, texts));
  return parents.length === 1 ? (parents[0] ?? null) : null;
}
