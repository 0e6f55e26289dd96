import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { RULING_VERBS } from '../../lexicon/rulingVerbs';

/** The last word of a stretch, and the words before it: "decided", "told the court". */
const LAST_WORD = /(\p{L}+)\s*$/u;

/** A telling verb and its listener closing a stretch: "told the court", "assured reporters". */
const TOLD_LISTENER = /\b(?:told|tells|assured|informed|warned)\s+(?:the\s+)?\p{L}+\s*$/u;

/**
 * Whether `before`, the words of a sentence up to a trailing "according to" source set off by commas, ends on a
 * subject's speech or ruling verb (`RULING_VERBS`), alone or with its listener: "… the Lord President of the court
 * decided" (wikinews-scottish-court-finds-parliament-suspension-unlawful-2019-09-13), "The defendant told the court".
 * The words such a verb takes come after the source, so the stretch is no reported content. A stretch ending on
 * anything else ("Unemployment rose to nine percent in March, according to the labour ministry, "the highest level in a
 * decade"", made up in the shape of a wire economics brief) is a clause the source reports.
 */
export function endsOnSpeechVerb(before: string): boolean {
  const last = LAST_WORD.exec(before)?.[1]?.toLowerCase() ?? '';
  return isSpeechVerb(last) || RULING_VERBS.has(last) || TOLD_LISTENER.test(before);
}
