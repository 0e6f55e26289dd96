import type { SentenceRange } from '../../sentences';
import type { FoundEntity } from '../entities/types';
import { isSpeechVerb } from '../lexicon/reportingVerbs';

/** A verb of saying, perhaps with "that", right before the possessive: " said his", " said that her". */
const SAID_BEFORE = /(\p{L}+)\s+(?:that\s+)?$/u;
/** What may stand before a subject that opens a sentence: nothing, or up to four title words ("Head chef"). */
const OPENING_TITLE = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/**
 * "Andrea Zamperoni, the head chef …, was discovered dead … Fernando Dallorso, the general manager of Cipriani Dolci, said
 * his roommates said they last saw him" (wikinews-andrea-zamperoni-found-dead-2019-08-24): a his or her that opens what a
 * speaker says, right after their verb of saying, may as well be the person the sentence before is about, whom the
 * speaker reports on, so it states neither one's gender (`docs/annotation-guide.md`: gender only where the text states
 * it; Hobbs 1978 weighs the previous sentence's subject with the speaker).
 *
 * @param text the block's text; `sentences` its sentence ranges and `people` its person mentions (UTF-16 offsets,
 *   half-open); `sentence` the speaker's sentence; `at` where the possessive is written.
 * @returns whether the sentence before, in the same block, opens on another person as its subject.
 */
export function possessiveReportsOnEarlier(
  text: string,
  sentences: ReadonlyArray<SentenceRange>,
  people: ReadonlyArray<{ entity: FoundEntity; start: number; end: number }>,
  entity: FoundEntity,
  sentence: SentenceRange,
  at: { start: number; end: number },
): boolean {
  if (!/^(?:his|her)$/i.test(text.slice(at.start, at.end))) return false;
  const verb = SAID_BEFORE.exec(text.slice(Math.max(sentence.start, at.start - 30), at.start))?.[1];
  if (!verb || !isSpeechVerb(verb)) return false;
  const index = sentences.findIndex((s) => s.start === sentence.start);
  const previous = sentences[index - 1];
  if (!previous) return false;
  const opening = people.find((p) => p.start >= previous.start && p.end <= previous.end);
  return opening !== undefined && opening.entity !== entity && OPENING_TITLE.test(text.slice(previous.start, opening.start));
}
