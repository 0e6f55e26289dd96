import { namedAsParent } from '../entities/parentTie';
import type { EntityIndex, FoundEntity } from '../entities/types';
import { firstNameGender } from '../lexicon/firstNames';
import type { Gender } from './gender';

/**
 * `The father said "…"` then `The mother said "…"` after "sentenced David and Louise Turpin to life in prison for
 * torturing … their thirteen children" (wikinews-california-court-sentences-turpin-parents-2019-04-20): "the father" or
 * "the mother" is the one person of its gender the text made a parent (`namedAsParent`), though the sentence before is
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
  const parents = people.filter((e) => ofGender(e) && namedAsParent(e, people, texts));
  return parents.length === 1 ? (parents[0] ?? null) : null;
}
