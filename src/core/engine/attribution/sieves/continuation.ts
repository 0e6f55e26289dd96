import type { FoundQuote } from '../types';

/**
 * A quote-only paragraph (or one that reopens a quote left open at the previous paragraph's end)
 * continues the previous paragraph's speaker: the news convention for a long quotation. Abstains when the
 * previous paragraph's last quote had no speaker.
 */
export function continuation(quote: FoundQuote, previous: FoundQuote | null, _previousText: string): FoundQuote | null {
  if (!previous?.speaker) return null;
  return {
    ...quote,
    speaker: previous.speaker,
    resolution: 'continuation',
    speakerRef: null,
    antecedent: previous.speakerRef ?? previous.antecedent,
    sieve: 'continuation',
  };
}
