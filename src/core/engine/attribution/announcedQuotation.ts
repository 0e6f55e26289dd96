import type { FoundQuote } from './types';

/**
 * Whether a reported quote is only an indirect question that announces the quotation set off after its colon (`He
 * explained why he was doing so:`, `Misheck Makora explains why Zimbabwean pastors are against his visit:`): the words
 * that follow the colon are what was said, and the `why …` before it only says what they are about. The development
 * half's golds give such clauses as `optional` or not at all; a question the speaker wondered is not one. `text` is the quote's paragraph; a language tag (`[fr]`)
 * may stand before the colon.
 */
export function announcesQuotation(text: string, quote: FoundQuote): boolean {
  if (quote.kind !== 'reported' || !/^(?:why|how|what|whether|where|when|who)\b/iu.test(text.slice(quote.start, quote.end))) return false;
  // "Mohammed wondered how the suicide bomber went unnoticed:" (gv-yemen-sanaa-suicide-blast-unification-anniversary-
  // 2012-05-22): a question wondered is the speaker's own words, whatever follows it.
  if (quote.cue?.block === quote.block && /\bwonder(?:ed|s)\b/i.test(text.slice(quote.cue.start, quote.cue.end))) return false;
  return /^\s*(?:\[[\p{L}-]{2,5}\]\s*)?:\s*$/u.test(text.slice(quote.end));
}
