import { isUncertain } from './confidence';
import type { Quote } from './schema';

/**
 * Where a step from the selected quote lands. Stepping stops at the ends instead of wrapping, so that a
 * reader knows they have been through every quote; `edge` says which end held it back.
 */
export type Step = { id: string } | { edge: 'first' | 'last' } | { empty: true };

/**
 * The next or previous quote among `ids` (in reading order) from the selected one. With nothing selected,
 * or a selection outside `ids`, Next starts at the first quote and Previous at the last.
 */
export function stepQuote(ids: ReadonlyArray<string>, currentId: string | null, direction: 'next' | 'previous'): Step {
  const index = currentId === null ? -1 : ids.indexOf(currentId);
  const target = index < 0 ? (direction === 'next' ? ids[0] : ids.at(-1)) : ids[direction === 'next' ? index + 1 : index - 1];
  if (target !== undefined) return { id: target };
  if (index < 0) return { empty: true };
  return { edge: direction === 'next' ? 'last' : 'first' };
}

/** Whether a quote wants a reader's review: the engine is unsure of its speaker, or found none, and nobody has corrected it. */
export const needsReview = (quote: Pick<Quote, 'speakerId' | 'confidence' | 'corrected'>): boolean =>
  !quote.corrected && (quote.speakerId === null || isUncertain(quote));

export type ReviewStep = { id: string } | { none: 'at all' | 'after this' };

/** The first quote after the selected one (from the start when none is) that {@link needsReview}; it does not wrap. */
export function nextToReview(quotes: ReadonlyArray<Quote>, currentId: string | null): ReviewStep {
  const from = currentId === null ? 0 : quotes.findIndex((q) => q.id === currentId) + 1;
  const next = quotes.slice(from).find(needsReview);
  if (next) return { id: next.id };
  return { none: quotes.some(needsReview) ? 'after this' : 'at all' };
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

/** Why a step went nowhere, or what became of a link's quote; said beside the position. */
export type ReadingNote = 'first' | 'last' | 'no uncertain' | 'no more uncertain' | 'stale link';

export const READING_NOTES: Record<ReadingNote, string> = {
  first: 'First quote',
  last: 'Last quote',
  'no uncertain': 'No uncertain quotes',
  'no more uncertain': 'No more uncertain quotes',
  'stale link': 'The linked quote is no longer in this article.',
};
