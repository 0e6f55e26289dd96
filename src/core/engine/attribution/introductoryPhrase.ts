import type { FoundQuote } from './types';

/** A preposition that opens an adverbial phrase set before a sentence's subject. */
const OPENER =
  /^(?:in|on|at|since|after|before|during|from|for|with|by|under|over|despite|following|through|until|within|without|among|amid|like|unlike|as\s+of)\s/iu;

/**
 * Whether a reported quote is only the adverbial phrase that opens its sentence, set before the cue (`In grade school,
 * Cummings expressed …`, `In separate letters, both Agnew and Paine recommended …`, `Since their discovery, according to
 * the academy, …`): six words or fewer after a preposition, no clause in them. docs/annotation-guide.md gives the words
 * before a cue inside a sentence at most as an `optional` part of the quote; a phrase with no verb reports nothing.
 * `text` is the quote's paragraph.
 */
export function onlyIntroductoryPhrase(text: string, quote: FoundQuote): boolean {
  if (quote.kind !== 'reported' || !quote.cue || quote.cue.block !== quote.block || quote.end > quote.cue.start) return false;
  const content = text.slice(quote.start, quote.end);
  return OPENER.test(content) && !/[,;:"“”]/.test(content) && content.split(/\s+/).length <= 6;
}
