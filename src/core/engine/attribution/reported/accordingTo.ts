import { insideDirect, reportedQuote, type ReportedSieve } from './reported';

/**
 * "According to X, …" and "…, according to X.": the content is the rest of the sentence, after a
 * descriptor's comma where the source has one ("According to the RIA news agency, …").
 */
export const accordingTo: ReportedSieve = (c) => {
  const { block, text, range, end, cues } = c;
  const according = /according to\s+/i.exec(text.slice(range.start, range.end));
  if (!according || insideDirect(c, range.start + according.index)) return null;
  const at = range.start + according.index;
  const subject = cues.subjectAt(block, at + according[0].length);
  if (!subject) return null;
  const cue = { block, start: at, end: subject.ref.end };
  const leading = at === range.start || /^[\s"“]*$/.test(text.slice(range.start, at));
  const descriptor = leading ? /^[^,;:"“]{0,60},/.exec(text.slice(subject.ref.end, end)) : null;
  if (descriptor) cue.end = subject.ref.end + descriptor[0].length - 1;
  const quote = leading
    ? reportedQuote(c, subject, cue, descriptor ? subject.ref.end + descriptor[0].length : subject.ref.end, end, 'reported-according-to')
    : reportedQuote(c, subject, cue, range.start, at, 'reported-according-to');
  return quote ? [quote] : [];
};
