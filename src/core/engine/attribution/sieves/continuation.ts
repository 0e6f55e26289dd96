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

/** How many words a quote must hold to go on from reported speech: a short line or a question is a conversation's. */
const MIN_WORDS_AFTER_REPORTED = 10;

/**
 * A quote-only paragraph (or one that reopens a quote left open at the previous paragraph's end)
 * continues the previous paragraph's speaker: the news convention for a long quotation. Abstains when the
 * previous paragraph's last quote had no speaker, and after reported speech when the quote, in `text` (its
 * paragraph), is a short line or a question (`said that the final would go ahead.` ¶ `"When?"` is someone else's).
 */
export function continuation(quote: FoundQuote, previous: FoundQuote | null, text = ''): FoundQuote | null {
  if (!previous?.speaker) return null;
  const words = text.slice(quote.start, quote.end).trim();
  if (previous.kind === 'reported' && (words.split(/\s+/).length < MIN_WORDS_AFTER_REPORTED || /\?\W*$/.test(words))) return null;
  return carriedOn(quote, previous, 'continuation');
}

/**
 * A quote that is a sentence of its own, with no cue, right after a sentence of the same paragraph whose
 * quote has a speaker, continues that speaker: `Heald noted the findings show … "An air-quality cleanup
 * would improve crop yields."` (Muzny et al. 2017, stage one, "conversation" sieve, within a paragraph).
 */
export function previousSpeaker(quote: FoundQuote, previous: FoundQuote): FoundQuote {
  return carriedOn(quote, previous, 'previous-speaker');
}

/**
 * The quote whose speaker a paragraph hands on to a quote-only paragraph after it: its last direct quote, or else
 * reported speech with a speaker in its last sentence, which starts at `lastSentenceStart` (UTF-16 offset):
 * `He also warned that once North Korea starts with a small number of nuclear weapons, that number could keep growing.`
 * ¶ `“If they have more than a few, …”` (AP style leads into a paragraph of quotation with the speaker's reported words).
 */
export function handsOn(blockQuotes: ReadonlyArray<FoundQuote>, lastSentenceStart: number): FoundQuote | null {
  const direct = blockQuotes.filter((q) => q.kind === 'direct').at(-1);
  if (direct) return direct;
  const reported = blockQuotes.filter((q) => q.kind === 'reported' && q.end > lastSentenceStart).at(-1);
  return reported?.speaker ? reported : null;
}
