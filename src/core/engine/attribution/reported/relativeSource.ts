// A source between a relative pronoun and its predicate ("…, who according to the report showed …"): the predicate it backs.
import { IRREGULAR_PAST } from '../../lexicon/irregularPast';
import { insideMarks } from '../insideMarks';
import type { ReportedCase } from './reported';

/** "who" or "which" right before the source, with no comma between: the relative's clause is still open. */
const RELATIVE_BEFORE = /(?:^|[\s,])(?:who|which)\s+$/i;

/**
 * A predicate's first word right after the source: an adverb, an auxiliary or a past form ("-ed" here, an irregular one
 * from the shared list). A past participle with a phrase after it ("the report published in May") is the source's own
 * modifier, no predicate.
 */
const PREDICATE_START =
  /^\s+(?:(?:also|then|later|still|was|were|is|are|had|has|have|would|will|could|can|may|might|must|should|did|does|do)\b|\p{Ll}+ed\b(?!\s+(?:by|in|on|at|from|to|for|with|last|this|earlier)\b))/u;

/** A finite verb among a sentence's words before the relative: an auxiliary, a past form. */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did)$/i;
const hasFiniteVerb = (words: string): boolean => words.split(/[\s,"“”]+/).some((w) => AUXILIARY.test(w) || /\p{Ll}{2,}ed$/u.test(w) || IRREGULAR_PAST.has(w));

/** A comma and a lowercase word that is no conjunction or preposition: where the main clause's predicate takes over. */
const MAIN_PREDICATE = /,\s+(?!(?:and|but|or|nor|as|in|on|at|of|for|with|from|to|by|after|before|while|when|including|such)\b)\p{Ll}/gu;

/**
 * "The companies include Bank of China and China Resources Land, who according to the report showed a list of pro-Beijing
 * candidates to vote for, …" (wikinews-controversies-eve-hong-kong-legislative-election-2016-09-03), "…, which according
 * to the University of Chile Seismological Service had a 4.7 magnitude in the Richter scale" (wikinews-four-aftershocks-
 * hit-central-chile-2010-11-28), "The training of folk healers, individuals who according to Maria Luiza Benitez are
 * usually "predestined and born with …", requires great dedication" (gv-brazil-folk-healers-benzedeiras-2012-05-15): a
 * source with no comma after it between a relative pronoun and its predicate backs that predicate, which is the content
 * (docs/annotation-guide.md, "A cue inside the reported clause"; the golds of all three); the words before end on the
 * pronoun and are no one's words. The content runs to the sentence's end, or, when the relative belongs to a subject
 * with no verb yet, to the comma before the main predicate. Only when the source's words end right before the
 * predicate's first word, so that where they end is known. `start` is the sentence's start, `at` the offset of "according
 * to", `sourceEnd` the source's end (UTF-16 offsets); null when the source does not stand so.
 */
export function relativePredicate(c: ReportedCase, start: number, at: number, sourceEnd: number): { start: number; end: number } | null {
  const before = c.text.slice(start, at);
  const after = c.text.slice(sourceEnd, c.end);
  if (!RELATIVE_BEFORE.test(before) || !(PREDICATE_START.test(after) || IRREGULAR_PAST.has(/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? ''))) return null;
  if (hasFiniteVerb(before)) return { start: sourceEnd, end: c.end };
  const content = c.text.slice(sourceEnd, c.end);
  const main = [...content.matchAll(MAIN_PREDICATE)].find((m) => !insideMarks(content.slice(0, m.index)));
  return { start: sourceEnd, end: main ? sourceEnd + main.index : c.end };
}
