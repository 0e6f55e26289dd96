import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { insideDirect, reportedQuote, type ReportedCase, type ReportedSieve } from './reported';

/**
 * Whether the words [from, to) have a speech verb of their own whose subject is a named person (or, with `anyNamed`,
 * any named speaker).
 */
function saysSomeone(c: ReportedCase, from: number, to: number, anyNamed = false): boolean {
  for (const verb of c.text.slice(from, to).matchAll(/\p{L}+/gu)) {
    if (!isSpeechVerb(verb[0]) || insideDirect(c, from + verb.index)) continue;
    const subject = c.cues.subjectBefore(c.block, from + verb.index, from);
    if (subject?.entity && (anyNamed || subject.entity.type === 'person') && subject.resolution === 'name') return true;
  }
  return false;
}

/** Whether the words [from, to) hold a speech verb with a that-clause: a cue of their own, named or not. */
const saysThat = (c: ReportedCase, from: number, to: number) =>
  [...c.text.slice(from, to).matchAll(/(\p{L}+)\s+that\b/gu)].some((m) => isSpeechVerb(m[1] ?? '') && !insideDirect(c, from + m.index));

/**
 * "According to X, …" and "…, according to X.": the content is the rest of the sentence, after a
 * descriptor's comma where the source has one ("According to the RIA news agency, …").
 */
export const accordingTo: ReportedSieve = (c) => {
  const { block, text, range, end, cues } = c;
  const according = /according to\s+/i.exec(text.slice(range.start, range.end));
  if (!according || insideDirect(c, range.start + according.index)) return null;
  const at = range.start + according.index;
  const sourceAt = at + according[0].length;
  // "According to court records, …", "according to the partially unsealed affidavit, …": a document the text
  // quotes is a source of its own; words the text does not tie to anyone or anything still make reported speech,
  // which stays unattributed.
  const unnamed = /^[^,;:"“”]{3,120}?(?=,)/.exec(text.slice(sourceAt, end));
  const subject =
    cues.subjectAt(block, sourceAt) ??
    (unnamed ? cues.documentSource(block, sourceAt, sourceAt + unnamed[0].length) : null) ??
    (unnamed
      ? { ref: { block, start: sourceAt, end: sourceAt + unnamed[0].length }, entity: null, resolution: 'unattributed' as const, antecedent: null }
      : null);
  if (!subject) return null;
  const cue = { block, start: at, end: subject.ref.end };
  const leading = at === range.start || /^[\s"“]*$/.test(text.slice(range.start, at));
  const descriptor = leading ? /^[^,;:"“]{0,60},/.exec(text.slice(subject.ref.end, end)) : null;
  if (descriptor) cue.end = subject.ref.end + descriptor[0].length - 1;
  // "According to the New Zealand Herald, Emeritus Professor John Burrows, …, said …": the source reports what a
  // person said, and that person is the speaker; the cue-verb sieve reads the sentence.
  const contentStart = descriptor ? subject.ref.end + descriptor[0].length : subject.ref.end;
  if (leading && saysSomeone(c, contentStart, end)) return null;
  // "The blog X says that … has shown results of "…", between 1999-2009, according to IBGE data": a sentence with a
  // cue of its own says who speaks; the trailing source only backs a figure in it.
  if (!leading && (saysSomeone(c, range.start, at, true) || saysThat(c, range.start, at))) return null;
  const quote = leading
    ? reportedQuote(c, subject, cue, contentStart, end, 'reported-according-to')
    : reportedQuote(c, subject, cue, range.start, at, 'reported-according-to');
  return quote ? [quote] : [];
};
