import type { FoundQuote } from './types';

/** The interviewee addressed in a question: "you", "your", "yourself". */
const ADDRESSEE = /^(?:you|your|yours|yourself)$/i;

/**
 * Whether a quote found in an interviewer's question (`((WN)) On your website you wrote "…". How will …?`) stays a
 * quote: when the question passes on someone's words and names them (`Hikaru Nakamura tweeted, "…"`), and when it puts
 * in marks the words of a third party it cites by a cue (`the study reported yeast had "a substantially lower maximal
 * cell concentration …"`, a Wikinews interview of the development half whose gold holds the marked words as a direct
 * quote). Everything else there is the outlet's own wording, which docs/annotation-guide.md ("Interview transcripts with
 * speaker labels") counts as no quote: the interviewee's words put back to them (`you wrote "…"`), reported speech with
 * no named speaker, the reporter's "Can we predict …". `text` is the question's paragraph.
 */
export function passedOn(quote: FoundQuote, text: string): boolean {
  if (quote.speaker !== null && quote.resolution === 'name') return true;
  if (quote.kind !== 'direct' || !quote.cue || !quote.speakerRef) return false;
  return !text
    .slice(quote.speakerRef.start, quote.speakerRef.end)
    .split(/\s+/)
    .some((word) => ADDRESSEE.test(word));
}
