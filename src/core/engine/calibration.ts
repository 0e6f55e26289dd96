import type { FoundQuote } from './attribution/types';

/**
 * The precision each sieve and resolution measured on the real development half
 * (`tests/fixtures/real`, `npm run calibrate`): the share of quotes it attributed whose speaker the gold
 * accepts, Laplace-smoothed ((right + 1) / (n + 2)) so that a rarely firing sieve is not trusted more
 * than its record. A quote's confidence is this figure; below {@link UNCERTAIN_BELOW} it is shown as uncertain.
 */
export const MEASURED_PRECISION: Readonly<Record<string, number>> = {};

/** Confidence for a sieve and resolution that the development half never saw fire. */
const UNMEASURED = 0.5;

/** Below this confidence an attribution is shown as uncertain ("probably said by …"), chosen on the development half. */
export const UNCERTAIN_BELOW = 0.6;

/** The key of a quote's row in the precision table: its sieve and how its speaker was resolved. */
export const calibrationKey = (quote: Pick<FoundQuote, 'sieve' | 'resolution'>): string => `${quote.sieve}/${quote.resolution}`;

/** A quote's confidence: its sieve and resolution's measured precision, 0 when it has no speaker. */
export function confidenceOf(quote: Pick<FoundQuote, 'sieve' | 'resolution' | 'speaker'>): number {
  if (!quote.speaker) return 0;
  return MEASURED_PRECISION[calibrationKey(quote)] ?? UNMEASURED;
}
