import { blocksInOrder, speakerOf } from './article';
import { quoteClocks } from './quoteClocks';
import { formatPartialDate, type DatePrecision } from './partialDate';
import type { Article, ArticleEvent, Quote } from './schema';

export interface TimelineEntry {
  event: ArticleEvent;
  precision: DatePrecision;
  /** The date as a reader says it, no more precise than the text: "January 2022", "10 February 2022". */
  displayDate: string;
  /** Where the event is told: "paragraph 3". */
  source: string;
  /** The quotes said at this event, in reading order. */
  said: Array<TimelineQuote>;
  /** The quotes that speak of this event, said at another time (`saidOn`, or null when the text does not place them). */
  about: Array<TimelineQuote & { saidOn: string | null }>;
}

/** A quote as the timeline names it: its words and who said them. */
export interface TimelineQuote {
  quoteId: string;
  text: string;
  /** The speaker's full name, or null for an unattributed quote. */
  speaker: string | null;
}

/**
 * The article's events, earliest first (a month sorts before the days in it, and ties keep the text's order),
 * each with the quotes said at it and the quotes said at another time that speak of it (`quoteClocks`).
 */
export function timeline(article: Article): Array<TimelineEntry> {
  const labels = new Map(blocksInOrder(article).map(({ block, label }) => [block.id, label]));
  const clocks = quoteClocks(article);
  const named = (quote: Quote): TimelineQuote => ({ quoteId: quote.id, text: quote.text, speaker: speakerOf(article, quote)?.name ?? null });
  return article.events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index))
    .map(({ event }) => {
      const { precision, text } = formatPartialDate(event.date);
      return {
        event,
        precision,
        displayDate: text,
        source: labels.get(event.blockId) ?? event.blockId,
        said: clocks.filter((c) => c.said === event).map((c) => named(c.quote)),
        about: clocks.filter((c) => c.about.includes(event)).map((c) => ({ ...named(c.quote), saidOn: c.said ? formatPartialDate(c.said.date).text : null })),
      };
    });
}
