import type { Quote } from './schema';

/**
 * Below this confidence an attribution is shown as uncertain ("probably said by …"). Chosen on the real
 * development half (`npm run calibrate` prints the table): the sieve records that fell below it there were
 * right less often than wrong (pronouns after a colon cue: 2 of 7; role nouns after a cue verb: 0 of 1), while
 * the attributions at or above it were right 94–96 % of the time. After the latest calibration no sieve falls below it.
 */
export const UNCERTAIN_BELOW = 0.6;

/** Whether a quote has a speaker the engine is not sure of: attributed, not set by hand, and below {@link UNCERTAIN_BELOW}. */
export const isUncertain = (quote: Pick<Quote, 'speakerId' | 'confidence' | 'corrected'>): boolean =>
  quote.speakerId !== null && !quote.corrected && quote.confidence < UNCERTAIN_BELOW;

/**
 * How a quote's speaker is known: named in the quote's cue, inferred (from a pronoun, a role noun, a
 * continuation), uncertain, set by a reader's correction (whoever it gave the quote to), or unknown.
 */
export type Certainty = 'named' | 'inferred' | 'uncertain' | 'corrected' | 'unknown';

export function certaintyOf(quote: Pick<Quote, 'speakerId' | 'confidence' | 'corrected' | 'resolution'>): Certainty {
  if (quote.corrected) return 'corrected';
  if (quote.speakerId === null) return 'unknown';
  if (isUncertain(quote)) return 'uncertain';
  return quote.resolution === 'name' ? 'named' : 'inferred';
}
