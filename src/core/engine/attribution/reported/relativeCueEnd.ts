import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import type { Located } from '../types';
import { hasPastForm } from './pastForm';

/** A restrictive relative clause's speech verb ending a cue: "A man who claimed", "The woman who said" (no comma before "who"). */
const RELATIVE_CUE = /[^,\s]\s+(?:who|that)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+$/u;

/**
 * A clause with a finite verb of its own and no comma, semicolon or colon: "he was her cousin", "she was a neighbour" (a
 * clause the writer sets off is not the relative's object).
 */
const FINITE_CLAUSE = /^[^,;:]*\b(?:is|was|were|are|am|had|has|have|would|will|could|can|did|does|\p{Ll}{3,}ed)\b[^,;:]*$/u;

/** Whether the words are such a clause, its verb an irregular past too: "she saw the crash" (lane break33). */
export const finiteClause = (words: string): boolean => !/[,;:]/.test(words) && (FINITE_CLAUSE.test(words) || hasPastForm(words));

/** A lower-case word after spaces: where the main clause's verb may stand. */
const NEXT_WORD = /\s+(\p{Ll}+)\b/gu;

/**
 * Where the content [start, end) of a cue that is a restrictive relative clause (`A man who claimed he was her cousin
 * said the family would hold a service`) should stop: before the main clause's own speech verb, whose subject is the
 * whole description with its relative clause. What the man claimed is "he was her cousin"; "the family would hold a
 * service" is what he said, which the sentence's other cue reads. The clause before the verb must have a finite verb
 * of its own ("the report said nothing" after "who claimed" is the claim itself). UTF-16 offsets, half-open; `end` when
 * the cue is no such relative or the content runs into no such verb.
 */
export function beforeMainVerb(text: string, cue: Located, start: number, end: number): number {
  if (!RELATIVE_CUE.test(text.slice(Math.max(0, cue.start - 1), cue.end))) return end;
  const content = text.slice(start, end);
  for (const m of content.matchAll(NEXT_WORD)) {
    if (isSpeechVerb(m[1] ?? '') && finiteClause(content.slice(0, m.index))) return start + m.index;
  }
  return end;
}
