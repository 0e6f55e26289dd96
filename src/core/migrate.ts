import { ARTICLE_FORMAT_VERSION, type Article } from './schema';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Version 1 articles read as version 2 unchanged: version 2 only adds optional fields, which stay absent ("unknown"). */
export function upgradeV1(article: Article): Article {
  return article.version === 1 ? { ...article, version: ARTICLE_FORMAT_VERSION } : article;
}

/** Every block of a raw article that holds quotes, without trusting its shape. */
function rawBlocks(article: Json): Array<Json> {
  const figures = Array.isArray(article.figures) ? article.figures.filter(isObject) : [];
  const paragraphs: Array<unknown> = Array.isArray(article.paragraphs) ? (article.paragraphs as Array<unknown>) : [];
  return [article.headline, article.byline, ...paragraphs, ...figures.flatMap((f) => [f.caption, f.credit]), article.sourceCredit].filter(isObject);
}

/**
 * The first library (26 November 2026) kept speaker corrections as `{ quoteId, from, to }`, without the quote as it
 * was: undo now needs it. Walking back from the article as it is, each correction's quote is rebuilt as it stood
 * before it: the speaker it had, marked corrected only if an earlier correction touched it. What that version never
 * kept (the engine's own confidence, and the antecedent of a quote given to nobody) stays as the correction left it.
 */
function withPreviousQuotes(article: Json, corrections: ReadonlyArray<unknown>): Array<unknown> {
  const quotes = new Map<string, Json>();
  for (const block of rawBlocks(article)) {
    for (const quote of Array.isArray(block.quotes) ? block.quotes.filter(isObject) : []) {
      if (typeof quote.id === 'string') quotes.set(quote.id, quote);
    }
  }
  const touchedBefore = (index: number, quoteId: string) =>
    corrections.slice(0, index).some((c) => isObject(c) && (c.kind === 'speaker' || c.kind === 'add') && c.quoteId === quoteId);
  const upgraded = [...corrections];
  for (let i = corrections.length - 1; i >= 0; i--) {
    const correction = corrections[i];
    if (!isObject(correction)) continue;
    if (correction.kind === 'remove' && isObject(correction.quote) && typeof correction.quote.id === 'string') {
      quotes.set(correction.quote.id, correction.quote);
    } else if (correction.kind === 'add' && typeof correction.quoteId === 'string') {
      quotes.delete(correction.quoteId);
    } else if (correction.kind === 'speaker' && typeof correction.quoteId === 'string') {
      const after = quotes.get(correction.quoteId);
      if (isObject(correction.previous)) quotes.set(correction.quoteId, correction.previous);
      else if (after && (typeof correction.from === 'string' || correction.from === null)) {
        const { corrected: _, ...unmarked } = after;
        const resolution = correction.from === null ? 'unattributed' : after.resolution === 'unattributed' ? 'name' : after.resolution;
        const previous = { ...(touchedBefore(i, correction.quoteId) ? after : unmarked), speakerId: correction.from, resolution };
        upgraded[i] = { ...correction, previous };
        quotes.set(correction.quoteId, previous);
      }
    }
  }
  return upgraded;
}

/**
 * Brings a stored article of an older shape to the current one, before it is validated: the first library's speaker
 * corrections get the quote they replaced, and version 1 becomes version 2. Anything else comes back as it was, for
 * validation to say what is wrong with it.
 */
export function migrateArticle(input: unknown): unknown {
  if (!isObject(input)) return input;
  let article = input;
  if (Array.isArray(article.corrections) && article.corrections.some((c) => isObject(c) && c.kind === 'speaker' && !('previous' in c))) {
    article = { ...article, corrections: withPreviousQuotes(article, article.corrections) };
  }
  return article.version === 1 ? upgradeV1(article as Article) : article;
}
