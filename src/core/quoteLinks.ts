import { quotesInOrder } from './article';
import type { Article } from './schema';

/** A quote's words as a reader would retype them: lower case, letters and digits, one space between. */
function wordsOf(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.join(' ') ?? ''
  );
}

/** FNV-1a over UTF-16 code units, in base 36: a short tag, and a paragraph holds too few quotes for collisions to matter. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** How a link names the quotes of one article, and how it finds them again. */
export interface QuoteLinks {
  /** The key a link names this quote by, or undefined for an id the article lacks. */
  keyOf: (quoteId: string) => string | undefined;
  /** The id of the quote a link's key (or, for links made before keys, its engine id) names; null when none is in the article. */
  idOf: (link: string) => string | null;
}

/**
 * Keys for links to quotes: the quote's block and a hash of its words (`p7-1x2y3z`), with `-2`, `-3`… for a
 * repeat of the same words in one block. The engine's ids (`q12`) are renumbered whenever an article is
 * analysed again or a quote is added before another; a key stays while the quote keeps its words and its paragraph.
 */
export function quoteLinks(article: Article): QuoteLinks {
  const keyById = new Map<string, string>();
  const idByKey = new Map<string, string>();
  const repeats = new Map<string, number>();
  for (const { quote, block } of quotesInOrder(article)) {
    const base = `${block.id}-${hash(wordsOf(quote.text))}`;
    const seen = (repeats.get(base) ?? 0) + 1;
    repeats.set(base, seen);
    const key = seen === 1 ? base : `${base}-${seen}`;
    keyById.set(quote.id, key);
    idByKey.set(key, quote.id);
  }
  return {
    keyOf: (quoteId) => keyById.get(quoteId),
    idOf: (link) => idByKey.get(link) ?? (keyById.has(link) ? link : null),
  };
}
