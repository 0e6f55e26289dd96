import type { FoundQuote, SieveName } from '../types';

/** The quote given the speaker of an earlier one, as that one's continuation. */
const carriedOn = (quote: FoundQuote, previous: FoundQuote, sieve: SieveName): FoundQuote => ({
  ...quote,
  speaker: previous.speaker,
  resolution: 'continuation',
  speakerRef: null,
  antecedent: previous.speakerRef ?? previous.antecedent,
  sieve,
});

/**
 * A quote-only paragraph (or one that reopens a quote left open at the previous paragraph's end)
 * continues the previous paragraph's speaker: the news convention for a long quotation. Abstains when the
 * previous paragraph's last quote had no speaker.
 */
export function continuation(quote: FoundQuote, previous: FoundQuote | null): FoundQuote | null {
  return previous?.speaker ? carriedOn(quote, previous, 'continuation') : null;
}

/**
 * A quote that is a sentence of its own, with no cue, right after a sentence of the same paragraph whose
 * quote has a speaker, continues that speaker: `Heald noted the findings show … "An air-quality cleanup
 * would improve crop yields."` (Muzny et al. 2017, stage one, "conversation" sieve, within a paragraph).
 */
export function previousSpeaker(quote: FoundQuote, previous: FoundQuote): FoundQuote {
  return carriedOn(quote, previous, 'previous-speaker');
}
