import { quotesInOrder } from './article';
import type { Article, Block, Quote } from './schema';

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
 * A block's keys are worked out the first time one of them is asked for, so a page that shows the article with
 * no link to follow spends nothing on them.
 */
export function quoteLinks(article: Article): QuoteLinks {
  // Where each quote sits: a walk over the article, without the hashing that makes keys.
  let placed: { blockOf: Map<string, Block>; quotesIn: Map<Block, Array<Quote>> } | null = null;
  const places = () => {
    if (placed) return placed;
    placed = { blockOf: new Map(), quotesIn: new Map() };
    for (const { quote, block } of quotesInOrder(article)) {
      placed.blockOf.set(quote.id, block);
      placed.quotesIn.set(block, [...(placed.quotesIn.get(block) ?? []), quote]);
    }
    return placed;
  };
  const keysByBlock = new Map<Block, Map<string, string>>();
  const keysIn = (block: Block) => {
    const known = keysByBlock.get(block);
    if (known) return known;
    const keys = new Map<string, string>();
    const repeats = new Map<string, number>();
    for (const quote of places().quotesIn.get(block) ?? []) {
      const base = `${block.id}-${hash(wordsOf(quote.text))}`;
      const seen = (repeats.get(base) ?? 0) + 1;
      repeats.set(base, seen);
      keys.set(quote.id, seen === 1 ? base : `${base}-${seen}`);
    }
    keysByBlock.set(block, keys);
    return keys;
  };
  const keyOf = (quoteId: string) => {
    const block = places().blockOf.get(quoteId);
    return block && keysIn(block).get(quoteId);
  };
  const idOf = (link: string) => {
    for (const block of places().quotesIn.keys()) {
      if (!link.startsWith(`${block.id}-`)) continue;
      for (const [id, key] of keysIn(block)) if (key === link) return id;
    }
    return places().blockOf.has(link) ? link : null;
  };
  return { keyOf, idOf };
}
