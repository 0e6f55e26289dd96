import type { Article, Block, Entity, Quote } from './schema';

/** A block with what a reader calls it and where it sits among the paragraphs. */
export interface PlacedBlock {
  block: Block;
  /** "headline", "paragraph 3", "figure 1 caption". */
  label: string;
  /** Index among the paragraphs, or null for a block outside them. */
  paragraphIndex: number | null;
}

/** Every block in reading order: headline, byline, paragraphs with their figures, source credit. */
export function blocksInOrder(article: Article): Array<PlacedBlock> {
  const placed: Array<PlacedBlock> = [{ block: article.headline, label: 'headline', paragraphIndex: null }];
  if (article.byline) placed.push({ block: article.byline, label: 'byline', paragraphIndex: null });
  const figuresAfter = (index: number) => {
    article.figures.forEach((figure, i) => {
      if (figure.afterParagraph !== index) return;
      placed.push({ block: figure.caption, label: `figure ${i + 1} caption`, paragraphIndex: null });
      if (figure.credit) placed.push({ block: figure.credit, label: `figure ${i + 1} credit`, paragraphIndex: null });
    });
  };
  figuresAfter(-1);
  article.paragraphs.forEach((block, i) => {
    placed.push({ block, label: `paragraph ${i + 1}`, paragraphIndex: i });
    figuresAfter(i);
  });
  const lastIndex = article.paragraphs.length - 1;
  article.figures.forEach((figure, i) => {
    if (figure.afterParagraph <= lastIndex) return;
    placed.push({ block: figure.caption, label: `figure ${i + 1} caption`, paragraphIndex: null });
    if (figure.credit) placed.push({ block: figure.credit, label: `figure ${i + 1} credit`, paragraphIndex: null });
  });
  if (article.sourceCredit) placed.push({ block: article.sourceCredit, label: 'source credit', paragraphIndex: null });
  return placed;
}

export interface PlacedQuote {
  quote: Quote;
  block: Block;
}

/** One block's quotes in reading order, as a copy: by where they start, a quote before the quotes nested inside it. */
export function inReadingOrder(quotes: ReadonlyArray<Quote>): Array<Quote> {
  return [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Every quote in reading order; a direct quote inside a reported one follows it. */
export function quotesInOrder(article: Article): Array<PlacedQuote> {
  return blocksInOrder(article).flatMap(({ block }) => inReadingOrder(block.quotes).map((quote) => ({ quote, block })));
}

export function findBlock(article: Article, blockId: string): PlacedBlock | undefined {
  return blocksInOrder(article).find(({ block }) => block.id === blockId);
}

/**
 * The quote with this id and the block that holds it. Ids are unique in an article (core/validate), so the blocks are
 * searched as they lie, without the reading order and the names that blocksInOrder works out: a quote click asks
 * for its quote in the frame that answers it.
 */
export function findQuote(article: Article, quoteId: string): PlacedQuote | undefined {
  for (const block of blocksAsStored(article)) {
    const quote = block.quotes.find((q) => q.id === quoteId);
    if (quote) return { quote, block };
  }
  return undefined;
}

/**
 * Every block as the article stores them (headline, byline, paragraphs, figure captions and credits, source credit), not
 * in reading order: for a walk whose order does not matter, without the sorting and labels of blocksInOrder.
 */
export function blocksAsStored(article: Article): Array<Block> {
  const blocks = [article.headline, article.byline, ...article.paragraphs, ...article.figures.flatMap((f) => [f.caption, f.credit]), article.sourceCredit];
  return blocks.filter((block): block is Block => Boolean(block));
}

/** The entity a quote is given to, or null when it is unattributed (or names an entity the article lacks). */
export function speakerOf(article: Article, quote: Quote): Entity | null {
  return quote.speakerId === null ? null : (article.entities.find((e) => e.id === quote.speakerId) ?? null);
}
