import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { rolePhraseAt } from './rolePhrase';
import type { CueReader } from './subjects';
import type { Subject } from './types';

/** A participle of where or how someone serves, with its place, up to the verb: ` serving in Botswana `, ` working at the clinic `. */
const PLACING_PARTICIPLE = /^\s+\p{Ll}{3,}ing\s+(?:in|at|with|for|on|from|near)\s+[^,;:"“”()]{1,60}?\s+$/u;

/** Words that would open a clause of its own inside the participle's phrase: its verb is then not the sentence's. */
const CLAUSE_WORD = /^(?:who|which|that|and|or|but|is|was|were|are|has|have|had|will|would|he|she|they|it)$/i;

/**
 * `A Peace Corps volunteer serving in Botswana asked family and friends at home to help her combat malaria through
 * mapping her local community.` (usgov-gsa-mapgive-crowdsourced-mapping-humanitarian-2014-12-17, whose gold gives the
 * directive to the volunteer): an indefinite description of one person opening the sentence (`rolePhraseAt`), then a
 * participle placing them (`serving in Botswana`) and nothing else before the verb at `verbStart`. The description is
 * the subject, an unnamed source of its own as `A Peace Corps volunteer asked …` makes it. Null when the words before
 * the verb take another shape, the phrase holds a clause or a speech verb of its own, or the description is no one
 * person. `sentenceStart` is where the sentence opens (UTF-16 offsets in block `block`).
 */
export function participialRoleBefore(cues: CueReader, block: number, verbStart: number, sentenceStart: number): Subject | null {
  const words = (cues.texts[block] ?? '').slice(sentenceStart, verbStart);
  if (!/^(?:An?|One|Another)\s/.test(words)) return null;
  const phrase = rolePhraseAt(words, block);
  const rest = phrase ? words.slice(phrase.length) : '';
  if (!phrase || !PLACING_PARTICIPLE.test(rest)) return null;
  if ((rest.match(/[\p{L}'’-]+/gu) ?? []).some((w) => CLAUSE_WORD.test(w) || isSpeechVerb(w))) return null;
  const subject = cues.subjectAt(block, sentenceStart);
  return subject?.entity?.type === 'person' && subject.ref.end === sentenceStart + phrase.length ? subject : null;
}
