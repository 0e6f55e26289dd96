import { blocksInOrder } from './article';
import type { Article, Block, Correction, Quote } from './schema';

function mapBlocks(article: Article, change: (block: Block) => Block): Article {
  return {
    ...article,
    headline: change(article.headline),
    byline: article.byline && change(article.byline),
    paragraphs: article.paragraphs.map(change),
    figures: article.figures.map((f) => ({ ...f, caption: change(f.caption), credit: f.credit && change(f.credit) })),
    sourceCredit: article.sourceCredit && change(article.sourceCredit),
  };
}

function withQuote(article: Article, quoteId: string, change: (quote: Quote) => Quote): Article {
  return mapBlocks(article, (block) =>
    block.quotes.some((q) => q.id === quoteId) ? { ...block, quotes: block.quotes.map((q) => (q.id === quoteId ? change(q) : q)) } : block,
  );
}

function sortedQuotes(quotes: ReadonlyArray<Quote>): Array<Quote> {
  return [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Gives a quote to another speaker (or to nobody), marked as corrected, and remembers how to undo it. */
export function changeSpeaker(article: Article, quoteId: string, speakerId: string | null): Article {
  const previous = blocksInOrder(article)
    .flatMap(({ block }) => block.quotes)
    .find((q) => q.id === quoteId);
  if (!previous) return article;
  const changed = withQuote(article, quoteId, (quote) => {
    // The text's own cue and the words it points back to named someone else: they no longer explain the quote.
    return {
      ...quote,
      speakerId,
      cue: null,
      speakerRef: null,
      antecedent: null,
      resolution: speakerId === null ? 'unattributed' : 'name',
      confidence: 1,
      corrected: true,
    };
  });
  return { ...changed, corrections: [...(article.corrections ?? []), { kind: 'speaker', quoteId, from: previous.speakerId, to: speakerId, previous }] };
}

/** Marks a span as not a quote: it leaves the article, and the correction keeps it for undo. */
export function removeQuote(article: Article, quoteId: string): Article {
  const found = blocksInOrder(article).find(({ block }) => block.quotes.some((q) => q.id === quoteId));
  const quote = found?.block.quotes.find((q) => q.id === quoteId);
  if (!found || !quote) return article;
  const changed = mapBlocks(article, (block) => (block === found.block ? { ...block, quotes: block.quotes.filter((q) => q.id !== quoteId) } : block));
  return { ...changed, corrections: [...(article.corrections ?? []), { kind: 'remove', blockId: found.block.id, quote }] };
}

/** Why a new quote cannot go where a reader selected it, or null when it can. */
export function quoteProblem(block: Block, start: number, end: number, kind: Quote['kind']): string | null {
  if (!(start >= 0 && end <= block.text.length && start < end)) return 'Select some words of one paragraph first.';
  if (!/[\p{L}\p{N}]/u.test(block.text.slice(start, end))) return 'The selection has no words in it.';
  for (const other of block.quotes) {
    const overlaps = start < other.end && other.start < end;
    if (!overlaps) continue;
    const inside = start >= other.start && end <= other.end;
    const around = other.start >= start && other.end <= end;
    if (inside && kind === 'direct' && other.kind === 'reported') continue;
    if (around && kind === 'reported' && other.kind === 'direct') continue;
    return inside || around
      ? 'That selection is already a quote, or overlaps one in a way quotes cannot nest.'
      : 'The selection overlaps a quote: select inside it or around it.';
  }
  return null;
}

/** Adds a quote a reader selected, with the speaker they chose. */
export function addQuote(article: Article, blockId: string, start: number, end: number, kind: Quote['kind'], speakerId: string | null): Article {
  const ids = new Set(blocksInOrder(article).flatMap(({ block }) => block.quotes.map((q) => q.id)));
  let n = ids.size + 1;
  while (ids.has(`q${n}`)) n++;
  const quoteId = `q${n}`;
  const changed = mapBlocks(article, (block) => {
    if (block.id !== blockId) return block;
    const quote: Quote = {
      start,
      end,
      text: block.text.slice(start, end),
      id: quoteId,
      kind,
      speakerId,
      cue: null,
      speakerRef: null,
      resolution: speakerId === null ? 'unattributed' : 'name',
      antecedent: null,
      confidence: 1,
      corrected: true,
    };
    return { ...block, quotes: sortedQuotes([...block.quotes, quote]) };
  });
  return { ...changed, corrections: [...(article.corrections ?? []), { kind: 'add', blockId, quoteId }] };
}

/** Takes back the latest correction. */
export function undoCorrection(article: Article): Article {
  const corrections = article.corrections ?? [];
  const last: Correction | undefined = corrections.at(-1);
  if (!last) return article;
  const rest = corrections.slice(0, -1);
  let reverted: Article;
  switch (last.kind) {
    case 'speaker':
      reverted = withQuote(article, last.quoteId, () => last.previous);
      break;
    case 'remove':
      reverted = mapBlocks(article, (block) => (block.id === last.blockId ? { ...block, quotes: sortedQuotes([...block.quotes, last.quote]) } : block));
      break;
    case 'add':
      reverted = mapBlocks(article, (block) => (block.id === last.blockId ? { ...block, quotes: block.quotes.filter((q) => q.id !== last.quoteId) } : block));
      break;
  }
  const { corrections: _, ...plain } = reverted;
  return rest.length > 0 ? { ...plain, corrections: rest } : plain;
}
