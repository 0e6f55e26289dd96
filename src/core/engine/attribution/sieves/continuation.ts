import type { FoundQuote, SieveName } from '../types';
import type { ColonCue } from './colonBlock';

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

/**
 * The cue a paragraph that is all one source's quoted words hands on to a lead-in after it that goes on from them (`He
 * then proceeds to speculate about Al Gore's involvement in negotiations:` after two paragraphs of Donald Kirk's post in
 * quote marks, gv-north-korea-journalists-sentenced-hard-labor-2009-06-09), as a block quotation hands on its colon cue:
 * the last direct quote's speaker and cue; null when the paragraph holds anything besides quotes or its speaker is unknown.
 */
export function quotedParagraphCue(blockQuotes: ReadonlyArray<FoundQuote>, quoteOnly: boolean): ColonCue | null {
  const last = blockQuotes.filter((q) => q.kind === 'direct').at(-1);
  // A quote that carries on an earlier one names its speaker where that one did.
  const ref = last?.speakerRef ?? last?.antecedent;
  if (!quoteOnly || !last?.speaker || !ref) return null;
  return { subject: { ref, entity: last.speaker, resolution: last.resolution, antecedent: last.antecedent }, cue: last.cue ?? ref };
}
