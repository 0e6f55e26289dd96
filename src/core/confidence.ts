import type { Quote } from './schema';

/**
 * Below this confidence an attribution is shown as uncertain ("probably said by …"). Chosen by `npm run calibrate`'s
 * table on text the engine had not been tuned on (`tests/fixtures/real/prequential.json`: each development article
 * as the engine before it was added read it): the attributions stated below 0.7 there were right 24 times in 37, not
 * much better than a coin's toss (role nouns after a cue verb, pronouns after a colon cue or inside reported speech);
 * those at or above it 2,055 in 2,218 (93 %).
 */
export const UNCERTAIN_BELOW = 0.7;

/**
 * A confidence as a quote carries it and a reader sees it: rounded to two decimals (0.898 → 0.9). Calibration caps
 * what it states on this figure, not on the unrounded one, since this is the one readers take as "90 %".
 */
export const shownConfidence = (confidence: number): number => Math.round(confidence * 100) / 100;

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
