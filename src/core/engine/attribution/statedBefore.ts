import type { FoundEntity } from '../entities/types';
import { firstNameGender } from '../lexicon/firstNames';
import type { Gender } from './gender';
import type { Referent, SentenceInfo } from './types';

/**
 * Whether a he/she would be given `candidate`, a person named in a sentence not about them (not its subject), whose
 * gender nothing tells (the text states none, `genderOf`; the first name tells none), while a sentence before it, within
 * `reach`, was about a person the text states is of the pronoun's gender. "Mrs. Johnson Sirleaf also expressed concern …
 * Officials including President Bush met this week. She thanked …" (the shape of voa-liberia-sirleaf-promises-results-
 * us-aid-2007-02-16): the woman the text was about may as well be meant as the man named in passing, and a she given to
 * a man is the worst answer, so the pronoun abstains. `sentences` are the discourse's, `from` the index of the sentence
 * naming the candidate.
 */
export function unknownPastStated(
  candidate: Referent,
  sentences: ReadonlyArray<SentenceInfo>,
  from: number,
  reach: number,
  gender: Gender,
  genderOf: (entity: FoundEntity) => Gender | null,
): boolean {
  if (genderOf(candidate.entity) !== null || firstNameGender(candidate.entity.name.split(/\s+/)[0] ?? '') !== null) return false;
  for (let i = from - 1; i >= 0 && i > from - reach; i--) {
    const focus = sentences[i]?.focus;
    if (focus?.entity.type === 'person' && focus.entity !== candidate.entity && genderOf(focus.entity) === gender) return true;
  }
  return false;
}
