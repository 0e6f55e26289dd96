import { blocksInOrder } from './blocks';
import type { Article, ArticleEvent } from './schema';

export type DatePrecision = 'year' | 'month' | 'day';

export interface TimelineEntry {
  event: ArticleEvent;
  precision: DatePrecision;
  /** The date as a reader says it, no more precise than the text: "January 2022", "10 February 2022". */
  displayDate: string;
  /** Where the event is told: "paragraph 3". */
  source: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Writes an ISO date of any precision for a reader, without inventing a day or a month. */
export function formatPartialDate(date: string): { precision: DatePrecision; text: string } {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return { precision: 'day', text: `${Number(day)} ${monthName} ${year}` };
  if (monthName) return { precision: 'month', text: `${monthName} ${year}` };
  return { precision: 'year', text: year ?? date };
}

/** The article's events, earliest first; a month sorts before the days in it, and ties keep the text's order. */
export function timeline(article: Article): Array<TimelineEntry> {
  const labels = new Map(blocksInOrder(article).map(({ block, label }) => [block.id, label]));
  return article.events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index))
    .map(({ event }) => {
      const { precision, text } = formatPartialDate(event.date);
      return { event, precision, displayDate: text, source: labels.get(event.blockId) ?? event.blockId };
    });
}
