import { readFileSync } from 'node:fs';
import type { Article, Block, Quote } from '../../src/core/schema';

const ARTICLE_ID = 'cgtn-putin-tokayev-2022-02-10';
/** The glob the app's article requests match, for page.route. */
export const ARTICLE_ROUTE = '**/articles/*.json';

const goldFile = new URL(`../../public/articles/${ARTICLE_ID}.json`, import.meta.url);

/** A fresh copy of the bundled, hand-annotated article, as the app fetches it. */
export function loadGold(): Article {
  return JSON.parse(readFileSync(goldFile, 'utf8')) as Article;
}

/** The blocks whose quotes are buttons in the article, in reading order of their kind. */
export function quotedBlocks(article: Article): Array<Block> {
  return [article.headline, ...article.paragraphs, ...article.figures.flatMap((f) => [f.caption, ...(f.credit ? [f.credit] : [])])];
}

export interface GoldQuote {
  quote: Quote;
  block: Block;
  /**
   * Words that the quote's first button holds. A reported quote with a direct one inside it is split
   * into several buttons, so its words up to the inner quote (without that quote's mark) stand for it.
   */
  buttonText: string;
}

export function goldQuotes(article: Article): Array<GoldQuote> {
  return quotedBlocks(article).flatMap((block) =>
    block.quotes.map((quote) => {
      const inner = block.quotes.filter((other) => other !== quote && other.start >= quote.start && other.end <= quote.end).sort((a, b) => a.start - b.start);
      const first = inner[0];
      const last = inner[inner.length - 1];
      let buttonText = quote.text;
      if (first && last) {
        // A part's name leaves out the inner quote's marks at its edge, as the reader reads it.
        const before = block.text.slice(quote.start, first.start).replace(/[\s"“”‘’'«»]+$/, '');
        const after = block.text.slice(last.end, quote.end).replace(/^[\s"“”‘’'«»]+/, '');
        buttonText = before.length >= after.length ? before : after;
      }
      return { quote, block, buttonText };
    }),
  );
}

/**
 * Replaces the text at [start, end) of one block and keeps every offset that points into the block
 * consistent: spans after it move, spans around it grow or shrink, mentions inside it go.
 */
export function replaceText(article: Article, block: Block, start: number, end: number, replacement: string): void {
  const delta = replacement.length - (end - start);
  const text = block.text.slice(0, start) + replacement + block.text.slice(end);
  const move = (span: { start: number; end: number; text: string }) => {
    if (span.start >= end) {
      span.start += delta;
      span.end += delta;
    } else if (span.start <= start && span.end >= end) {
      span.end += delta;
    } else if (span.end > start) {
      throw new Error(`a span at ${span.start}–${span.end} overlaps the replaced text`);
    }
    span.text = text.slice(span.start, span.end);
  };
  block.mentions = block.mentions.filter((m) => m.end <= start || m.start >= end);
  block.mentions.forEach(move);
  for (const other of quotedBlocks(article).concat(article.byline ?? [], article.sourceCredit ?? [])) {
    for (const quote of other.quotes) {
      if (other === block) move(quote);
      for (const span of [quote.cue, quote.speakerRef, quote.antecedent]) {
        if (span && (span.blockId ?? other.id) === block.id) move(span);
      }
    }
  }
  for (const event of article.events) {
    if (event.blockId === block.id && event.evidence) move(event.evidence);
  }
  block.text = text;
}
