import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { attributeCase, type DirectSieve } from './direct';

/**
 * A passive that reports its subject's words, then the speech verb or participle that carries them: "is quoted in the
 * Chicago Sun-Times as saying", "is quoted by Fox 32 Chicago responding", "is reported to have said", "was said to have
 * told". Group 1 is the speech verb; the match starts at the space before the auxiliary.
 */
const PASSIVE_REPORT =
  /\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|widely\s+)?(?:(?:quoted|cited)(?:\s+(?:in|by)\s+[^,;:"“”()]{1,60}?)?(?:\s+as)?|(?:reported|said)\s+to\s+have)\s+(\p{Ll}+)\b/gu;

/** What may stand between the speech verb and the mark: whom or what the words were about or to, then a comma or colon. */
const BEFORE_MARK = /^(?:\s+(?:of|to|on|about)\s+[^,;:"“”()]{1,50}?)?\s*[,:]?\s*$/u;

/**
 * `Al-Majid is reported to have said "Thanks be to God" as he left the court building`, `John Fritchey is quoted in the
 * Chicago Sun-Times as saying of the letter, "…"`, `Cardinal George is quoted by Fox 32 Chicago responding to the letter:
 * "…"` (fresh AMALGUM Wikinews news, wild15: AMALGUM_news_ali, AMALGUM_news_catholic): the one a passive says is quoted
 * or reported to have spoken is the speaker, the subject of that passive; the outlet after "in" or "by" only printed the
 * words (the reported side reads "was quoted by … as saying" so in `reported/cueVerb.ts`). Left to the other sieves
 * when the subject names no one; an outlet read as the speaker was the error this sieve replaces.
 */
export const passiveReport: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  const left = text.slice(range.start, direct.open);
  const found = [...left.matchAll(PASSIVE_REPORT)].at(-1);
  const verb = found?.[1];
  if (!found || !verb || !isSpeechVerb(verb)) return null;
  if (!BEFORE_MARK.test(left.slice(found.index + found[0].length))) return null;
  const subject = cues.subjectBefore(block, range.start + found.index, range.start);
  if (!subject?.entity || subject.entity.type === 'place') return null;
  return attributeCase(c, subject, { block, start: subject.ref.start, end: range.start + found.index + found[0].length }, 'leading-cue');
};
