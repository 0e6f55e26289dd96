import { isClauseSpeechVerb } from './midCue';
import { reportedQuote, type ReportedSieve } from './reported';

/**
 * The cue clause after a partial quote's closing comma, to the sentence's end: a name of up to four capitalised words or
 * a subject pronoun, a speech verb, and an adverb of manner AP style may set after it (`Masaracchia stated proudly`).
 */
const CUE_AFTER = /^\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|(?:he|she|they)\s+)(\p{Ll}+)(?:\s+\p{Ll}{3,}ly)?$/u;

/** A first-person word: the quote is the speaker's own sentence going on, not a phrase the writer's clause takes in. */
const FIRST_PERSON = /\b(?:I|me|my|we|us|our)\b/;

/**
 * `The brigade headquarters is "organic to the organization," Masaracchia stated proudly.` (usgov-army-cyberattack-no-1-
 * threat-nie-16-1-2015-09-25): a clause of the writer's that ends in a partial quote, its comma inside the closing mark,
 * and a trailing cue. The clause is what the speaker said, the partial quote with it (docs/annotation-guide.md: a partial
 * quote inside reported speech is two entries, the reported content and the direct words; the direct one is the trailing
 * cue's). The finalClause sieve looks for ", " and misses the comma the marks hold. Only a partial quote (it opens in lower
 * case) that the clause runs into after words of its own, with no colon or other quotation before it: a quoted sentence
 * before a cue is a direct quote alone, and so is one in the first person or one after a comma or a conjunction
 * (`Crew-7 launched early in the morning, but “this time around, I showed up to the HOSC around dinnertime,” Gwaltney
 * said`, usgov-nasa-marshall-crew-8-launch-support-2024-03-06: the writer's clause is not what Gwaltney said). Offsets are
 * UTF-16, into the block's text.
 */
export const partialBeforeCue: ReportedSieve = (c) => {
  const { block, text, range, end, directs, cues } = c;
  const last = directs.filter((d) => d.open > range.start && d.close !== null && d.close < end).at(-1);
  if (!last || last.close === null || text[last.close - 1] !== ',' || !/^\p{Ll}/u.test(text.slice(last.start, last.start + 1))) return null;
  if (directs.some((d) => d !== last && d.open >= range.start && d.open < last.open)) return null;
  const before = text.slice(range.start, last.open);
  if (/[:"“”]/.test(before) || before.trim().split(/\s+/).length < 2 || /(?:,|\b(?:and|but|or|so))\s*$/.test(before)) return null;
  if (FIRST_PERSON.test(text.slice(last.start, last.end))) return null;
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
