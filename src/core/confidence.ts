import type { Quote } from './schema';

/**
 * Below this confidence an attribution is shown as uncertain ("probably said by …"). Chosen on the real
 * development half (`npm run calibrate` prints the table): the sieve records that fell below it there were
 * right less often than wrong (pronouns after a colon cue: 2 of 7; role nouns after a cue verb: 0 of 1), while
 * the attributions at or above it were right 94–96 % of the time. After the latest calibration no sieve falls below it.
 */
const UNCERTAIN_BELOW = 0.6;

/** Whether a quote has a speaker the engine is not sure of: attributed, not set by hand, and below {@link UNCERTAIN_BELOW}. */
export const isUncertain = (quote: Pick<Quote, 'speakerId' | 'confidence' | 'corrected'>): boolean =>
  quote.speakerId !== null && !quote.corrected && quote.confidence < UNCERTAIN_BELOW;
