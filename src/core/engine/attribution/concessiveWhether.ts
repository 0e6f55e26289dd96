import type { FoundQuote } from './types';

/** "whether" and at most three words of the clause's subject, right before the cue: "whether you ", "whether or not people ". */
const WHETHER_BEFORE = /\bwhether\s+(or\s+not\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * Whether a reported quote's cue sits in a concessive "whether … or not" clause (`so whether you believe that doctrine
 * or not that’s gone`, Noam Chomsky to Wikinews, wikinews-interview-noam-chomsky-2009-04-04; `whether or not they
 * believe it`): the clause sets aside both answers ("regardless of"), so no one is told to have said or believed
 * anything, and the words after the cue are the rest of the speaker's sentence. The "or not" closes the clause before
 * any sentence break, or follows "whether" at once. `text` is the quote's paragraph.
 */
export function concessiveWhether(text: string, quote: FoundQuote): boolean {
  if (quote.kind !== 'reported' || !quote.cue || quote.cue.block !== quote.block) return false;
  const whether = WHETHER_BEFORE.exec(text.slice(Math.max(0, quote.cue.start - 40), quote.cue.start));
  if (!whether) return false;
  return whether[1] !== undefined || /^[^.;:!?"“”]{0,80}?\bor\s+not\b/i.test(text.slice(quote.cue.end));
}
