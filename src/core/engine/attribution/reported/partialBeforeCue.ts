import { isClauseSpeechVerb } from './midCue';
import { reportedQuote, type ReportedSieve } from './reported';

/**
 * The cue clause after a partial quote's closing comma, to the sentence's end: a name of up to four capitalised words or
 * a subject pronoun, a speech verb, and an adverb of manner AP style may set after it (`Masaracchia stated proudly`).
 */
const CUE_AFTER = /^\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|(?:he|she|they)\s+)(\p{Ll}+)(?:\s+\p{Ll}{3,}ly)?$/u;

/**
 * `The brigade headquarters is "organic to the organization," Masaracchia stated proudly.` (usgov-army-cyberattack-no-1-
 * threat-nie-16-1-2015-09-25): a clause of the writer's that ends in a partial quote, its comma inside the closing mark,
 * and a trailing cue. The clause is what the speaker said, the partial quote with it (docs/annotation-guide.md: a partial
 * quote inside reported speech is two entries, the reported content and the direct words; the direct one is the trailing
 * cue's). The finalClause sieve looks for ", " and misses the comma the marks hold. Only a partial quote (it opens in lower
 * case) that the clause runs into after words of its own, with no colon or other quotation before it: a quoted sentence
 * before a cue is a direct quote alone. Offsets are UTF-16, into the block's text.
 */
export const partialBeforeCue: ReportedSieve = (c) => {
  const { block, text, range, end, directs, cues } = c;
  const last = directs.filter((d) => d.open > range.start && d.close !== null && d.close < end).at(-1);
  if (!last || last.close === null || text[last.close - 1] !== ',' || !/^\p{Ll}/u.test(text.slice(last.start, last.start + 1))) return null;
  if (directs.some((d) => d !== last && d.open >= range.start && d.open < last.open)) return null;
  const before = text.slice(range.start, last.open);
  if (/[:"“”]/.test(before) || before.trim().split(/\s+/).length < 2) return null;
  const cue = CUE_AFTER.exec(text.slice(last.close + 1, end));
  const verb = cue?.[2] ?? '';
  if (!cue || !isClauseSpeechVerb(verb)) return null;
  const clauseStart = last.close + 1 + (cue[0].length - cue[0].trimStart().length);
  const verbAt = clauseStart + (cue[1]?.length ?? 0);
  const subject = cues.subjectBefore(block, verbAt, clauseStart);
  if (!subject) return null;
  const cueSpan = { block, start: subject.ref.start, end: verbAt + verb.length };
  const quote = reportedQuote(c, subject, cueSpan, range.start, last.close + 1, 'reported-final-clause');
  return quote ? [quote] : null;
};
