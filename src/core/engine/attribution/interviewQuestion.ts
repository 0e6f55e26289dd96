import type { FoundQuote } from './types';

/**
 * Whether a quote found in an interviewer's question (`((WN)) On your website you wrote "…". How will …?`) stays a
 * quote: only when the question passes on someone's words and names them (`Hikaru Nakamura tweeted, "…"`). Everything
 * else there is the outlet's own wording, which docs/annotation-guide.md ("Interview transcripts with speaker labels")
 * counts as no quote: the interviewee's words put back to them, a study's phrase, the reporter's "Can we predict …".
 */
export const passedOnByName = (quote: FoundQuote): boolean => quote.speaker !== null && quote.resolution === 'name';
