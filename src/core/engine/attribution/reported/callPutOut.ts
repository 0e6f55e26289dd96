import type { FoundQuote, Subject } from '../types';
import { cueVerb } from './cueVerb';
import { insideDirect, reportedQuote, type ReportedCase } from './reported';

/**
 * The reported quote of a call or charge put out in a piece of writing (`postedCall.ts`, `writtenAppeal.ts`): its verb
 * starts at `verbAt` and its content at `contentStart` (UTF-16 offsets in the case's block), running to the first comma,
 * semicolon or colon or the sentence's end. The speaker is the subject the subject reader finds before the verb when
 * `speaks` takes it, and no one otherwise; the sentence's other cues are still read by `cueVerb`, those overlapping the
 * call left out. Null when the verb stands inside a direct quote or no quote can be made of the span.
 */
export function callPutOut(c: ReportedCase, verbAt: number, contentStart: number, speaks: (subject: Subject) => boolean): Array<FoundQuote> | null {
  const { block, text, range, end, cues } = c;
  if (insideDirect(c, verbAt)) return null;
  const stopAt = text.slice(contentStart, end).search(/[,;:]/);
  const named = cues.speakerBefore(block, verbAt, range.start);
  const subject: Subject =
    named && speaks(named) ? named : { ref: { block, start: verbAt, end: verbAt }, entity: null, resolution: 'unattributed', antecedent: null };
  const cue = { block, start: subject.ref.end > subject.ref.start ? subject.ref.start : verbAt, end: contentStart - 1 };
  const quote = reportedQuote(c, subject, cue, contentStart, stopAt < 0 ? end : contentStart + stopAt, 'reported-cue-verb', true);
  if (!quote) return null;
  return [quote, ...(cueVerb(c) ?? []).filter((q) => q.end <= quote.start || q.start >= quote.end)];
}
