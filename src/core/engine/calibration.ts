import type { FoundQuote } from './attribution/types';
import { MEASURED_PRECISION } from './measuredPrecision';

/** Confidence for a resolution the development half never saw at all. */
const UNMEASURED = 0.5;

/** The key of a quote's row in the precision table: its sieve and how its speaker was resolved. */
export const calibrationKey = (quote: Pick<FoundQuote, 'sieve' | 'resolution'>): string => `${quote.sieve}/${quote.resolution}`;

/**
 * A quote's confidence: the precision its sieve and resolution measured on the real development half
 * (`measuredPrecision.ts`, written by `npm run calibrate`), shrunk towards its resolution's pooled precision so
 * that a rarely firing sieve is not trusted more than its record; a sieve never seen there takes the pooled figure; 0 when it has no speaker. Below `UNCERTAIN_BELOW` (`core/confidence.ts`) it is shown as uncertain.
 */
export function confidenceOf(quote: Pick<FoundQuote, 'sieve' | 'resolution' | 'speaker'>): number {
  if (!quote.speaker) return 0;
  return MEASURED_PRECISION[calibrationKey(quote)] ?? MEASURED_PRECISION[`any/${quote.resolution}`] ?? UNMEASURED;
}
