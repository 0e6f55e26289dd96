import type { Quote } from './schema';

/**
 * Below this confidence an attribution is shown as uncertain ("probably said by …"). Chosen on the real
 * development half (`npm run calibrate` prints the table): the sieves whose confidence falls below it (role
 * nouns resolved by a cue verb, pronouns after a colon cue) were right less often than wrong there, while the
 * attributions at or above it were right 96 % of the time.
 */
export const UNCERTAIN_BELOW = 0.6;

/** Whether a quote has a speaker the engine is not sure of: attributed, not set by hand, and below {@link UNCERTAIN_BELOW}. */
export const isUncertain = (quote: Pick<Quote, 'speakerId' | 'confidence' | 'corrected'>): boolean =>
  quote.speakerId !== null && !quote.corrected && quote.confidence < UNCERTAIN_BELOW;
