/**
 * Nouns of an occasion or a channel someone speaks through, which "used … to say" names ("used today's address to say",
 * "used the occasion to announce"): the infinitive after them is the speech itself (`attribution/reported/usedOccasion.ts`).
 * A tool or a method ("used a new algorithm to predict") is none of them.
 */
export const SPEECH_OCCASIONS: ReadonlyArray<string> = [
  'address',
  'appearance',
  'blog',
  'briefing',
  'broadcast',
  'ceremony',
  'column',
  'conference',
  'debate',
  'homily',
  'interview',
  'letter',
  'meeting',
  'message',
  'occasion',
  'opportunity',
  'platform',
  'post',
  'rally',
  'remarks',
  'sermon',
  'speech',
  'statement',
  'summit',
  'tweet',
  'visit',
];
