import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { finiteClause } from './reported/relativeCueEnd';

/**
 * The words before a main clause's speech verb that end with a restrictive relative clause holding a speech verb and a
 * finite clause of its own: "A man who claimed he was her cousin", "A woman who said she was a neighbour". Group 1 is
 * the relative's speech verb, group 2 its clause (no comma, semicolon or colon in it), which must have a finite verb of
 * its own (`finiteClause`: "who said nothing" is no clause; "who claimed she saw the crash" is).
 */
const RELATIVE_SPEECH = /[^,\s]\s+(?:who|that)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s+([^,;:]+)$/u;

/**
 * Where the antecedent's words end when the words [sentenceStart, end) before a speech verb close with a restrictive
 * relative clause that reports speech of its own ("A woman who said she was a neighbour told reporters the house was
 * empty"): the main verb's subject is the antecedent, "A woman", not "a neighbour", the last noun of what she said
 * (AP and wire style describe an unnamed source so). UTF-16 offset of the space before "who"; null when the words end
 * with no such clause.
 */
export function relativeClauseStart(text: string, sentenceStart: number, end: number): number | null {
  const words = text.slice(sentenceStart, end).trimEnd();
  const m = RELATIVE_SPEECH.exec(words);
  if (!m || !isSpeechVerb(m[1] ?? '') || !finiteClause(m[2] ?? '')) return null;
  return sentenceStart + m.index + 1;
}
