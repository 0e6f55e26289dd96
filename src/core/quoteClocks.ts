import { blocksInOrder, inReadingOrder } from './article';
import type { Article, ArticleEvent, Block, Quote } from './schema';
import { splitSentences, type SentenceRange } from './sentences';

/** When a quote was said, and the events it speaks of, as the article tells them. */
export interface QuoteClock {
  quote: Quote;
  /** The event at which the words were said (the press conference), or null when the text does not place them. */
  said: ArticleEvent | null;
  /** Earlier or later events the words are about (the January unrest), in the text's order. */
  about: Array<ArticleEvent>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Whether an ISO date of any precision could be on or before another: "2022-01" ≤ "2022-02-10". */
const notAfter = (date: string, reference: string) => date.slice(0, reference.length) <= reference.slice(0, date.length);

/** The sentences a quote and its cue lie in, in the quote's block. */
function ownSentences(block: Block, quote: Quote): Array<SentenceRange> {
  const cue = quote.cue && !quote.cue.blockId ? quote.cue : null;
  const span = { start: Math.min(quote.start, cue?.start ?? quote.start), end: Math.max(quote.end, cue?.end ?? quote.end) };
  return splitSentences(block.text).filter((sentence) => overlaps(sentence, span));
}

/**
 * Places each quote on the article's two clocks: when it was said and what it is about. Among the dated
 * events told in the quote's own sentence (or its paragraph, for an event the text dates without words of its
 * own), one dated inside the quoted words is what the quote is about; of the others, the latest not after
 * publication is when it was said ("on Thursday called … the unrest in January …"), and the rest are what it
 * is about. A quote in a paragraph that dates nothing keeps the occasion of its speaker's previous quote, as a
 * news story tells one occasion at a time; otherwise it is not placed. Pure; never invents a date.
 */
export function quoteClocks(article: Article): Array<QuoteClock> {
  const published = article.publishedOn;
  const lastOccasion = new Map<string, ArticleEvent>();
  const clocks: Array<QuoteClock> = [];
  for (const { block } of blocksInOrder(article)) {
    const events = article.events.filter((e) => e.blockId === block.id);
    for (const quote of inReadingOrder(block.quotes)) {
      const sentences = ownSentences(block, quote);
      const told = events.filter((e) => e.evidence === null || sentences.some((s) => overlaps(s, e.evidence ?? s)));
      const inside = told.filter((e) => e.evidence && e.evidence.start >= quote.start && e.evidence.end <= quote.end);
      const outside = told.filter((e) => !inside.includes(e) && (published === null || notAfter(e.date, published)));
      const said =
        outside.reduce<ArticleEvent | null>((latest, e) => (latest === null || e.date > latest.date ? e : latest), null) ??
        (told.length === 0 && quote.speakerId ? (lastOccasion.get(quote.speakerId) ?? null) : null);
      const about = told.filter((e) => e !== said && (inside.includes(e) || said === null || e.date.slice(0, 10) !== said.date));
      if (said && quote.speakerId) lastOccasion.set(quote.speakerId, said);
      clocks.push({ quote, said, about });
    }
  }
  return clocks;
}
