import { QUOTE_MARKS } from './engine/lexicon/quoteMarks';
import type { Block, Quote } from './schema';

/**
 * How a quote's kind reads in its attribution: a direct quote says whether the text sets it in quote marks or off
 * without them (a block quotation after a colon, an answer under a transcript's label, a `@handle:` post).
 * `quote.start` is a UTF-16 offset into `block.text`; a direct quote's span stands strictly inside its marks.
 */
export function kindPhrase(quote: Quote, block: Block): string {
  if (quote.kind === 'reported') return 'Reported speech, in the writer’s words';
  return QUOTE_MARKS.has(block.text.charAt(quote.start - 1)) ? 'Direct quote, in quote marks' : 'Direct quote, set off without quote marks';
}
