import { isUncertain } from './confidence';
import type { Quote } from './schema';

/**
 * Where a step from the selected quote lands (`id`, null when there is nowhere to go), and what the reader is told of
 * it (`note`). Stepping wraps round, as a reader going through the quotes again, or reviewing them, expects, and the
 * note says it did ("Back to the first quote"), so that the reader knows they have been through every quote.
 */
export interface Landing {
  id: string | null;
  note: ReadingNote | null;
}

/**
 * The next or previous quote among `ids` (in reading order) from the selected one; past the last, Next goes back to
 * the first, and before the first, Previous to the last. With nothing selected, or a selection outside `ids`, Next
 * starts at the first quote and Previous at the last.
 */
export function stepQuote(ids: ReadonlyArray<string>, currentId: string | null, direction: 'next' | 'previous'): Landing {
  const count = ids.length;
  const index = currentId === null ? -1 : ids.indexOf(currentId);
  if (index < 0) return { id: (direction === 'next' ? ids[0] : ids.at(-1)) ?? null, note: null };
  const to = index + (direction === 'next' ? 1 : -1);
  const note = count === 1 ? 'only' : to < 0 ? 'last' : to === count ? 'first' : null;
  return { id: ids[(to + count) % count] ?? null, note };
}

/** Whether a quote wants a reader's review: the engine is unsure of its speaker, or found none, and nobody has corrected it. */
export const needsReview = (quote: Pick<Quote, 'speakerId' | 'confidence' | 'corrected'>): boolean =>
  !quote.corrected && (quote.speakerId === null || isUncertain(quote));

/**
 * The first quote after the selected one (from the start when none is) that {@link needsReview}; after the last such
 * quote it goes back to the first, and says so, or that the selected one is the only one.
 */
export function nextToReview(quotes: ReadonlyArray<Quote>, currentId: string | null): Landing {
  const from = currentId === null ? 0 : quotes.findIndex((q) => q.id === currentId) + 1;
  const next = quotes.slice(from).find(needsReview);
  if (next) return { id: next.id, note: null };
  const first = quotes.find(needsReview);
  if (!first) return { id: null, note: 'no uncertain' };
  return { id: first.id, note: first.id === currentId ? 'only uncertain' : 'first uncertain' };
}

/**
 * "Kassym-Jomart Tokayev", "A and B", "A, B and C". Joined by hand: an Intl.ListFormat loads locale data the first
 * time a page makes one, a few milliseconds that would fall on the first filter.
 */
export const joinNames = (people: ReadonlyArray<string>): string =>
  people.length < 2 ? (people[0] ?? '') : `${people.slice(0, -1).join(', ')} and ${people.at(-1) ?? ''}`;

const quotes = (count: number) => `${count === 0 ? 'No' : count} ${count === 1 ? 'quote' : 'quotes'}`;
const by = (people: ReadonlyArray<string>) => (people.length > 0 ? ` by ${joinNames(people)}` : '');

/** Whose quotes a filter shows: "Showing 4 quotes by Kassym-Jomart Tokayev"; with no one chosen, everyone's. */
export function filterSummary(count: number, people: ReadonlyArray<string>): string {
  return people.length > 0 ? `Showing ${quotes(count)}${by(people)}` : 'Showing everyone’s quotes';
}

/**
 * Where the reader is among the quotes they step through: "Quote 3 of 7", "Quote 3 of 7 by A and B" while
 * filtered to A and B. Before one is selected, how many are shown ("7 quotes"), filtered or not: the filter's
 * summary beside it says whose they are.
 */
export function readingPosition(index: number | null, total: number, people: ReadonlyArray<string>): string {
  return index === null ? quotes(total) : `Quote ${index + 1} of ${total}${by(people)}`;
}

/** What became of a step (it went round, or nowhere), or of a link's quote; said beside the position. */
export type ReadingNote = 'first' | 'last' | 'only' | 'first uncertain' | 'only uncertain' | 'no uncertain' | 'stale link';

export const READING_NOTES: Record<ReadingNote, string> = {
  first: 'Back to the first quote',
  last: 'Back to the last quote',
  only: 'The only quote',
  'first uncertain': 'Back to the first uncertain quote',
  'only uncertain': 'The only uncertain quote',
  'no uncertain': 'No uncertain quotes',
  'stale link': 'The linked quote is no longer in this article.',
};
