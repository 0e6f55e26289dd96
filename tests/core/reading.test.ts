import { quotesInOrder } from '../../src/core/article';
import { filterSummary, joinNames, needsReview, nextToReview, readingPosition, stepQuote } from '../../src/core/reading';
import type { Quote } from '../../src/core/schema';
import { loadGold } from './gold';

const ids = ['q1', 'q2', 'q3'];

test.each([
  ['next', 'q1', { id: 'q2', note: null }],
  ['previous', 'q3', { id: 'q2', note: null }],
  ['next', null, { id: 'q1', note: null }],
  ['previous', null, { id: 'q3', note: null }],
  ['next', 'q9', { id: 'q1', note: null }],
  ['next', 'q3', { id: 'q1', note: 'first' }],
  ['previous', 'q1', { id: 'q3', note: 'last' }],
] as const)('stepping %s from %s lands on %o', (direction, current, expected) => {
  expect(stepQuote(ids, current, direction)).toEqual(expected);
});

test('stepping on from the only quote stays on it and says it is the only one', () => {
  expect(stepQuote(['q1'], 'q1', 'next')).toEqual({ id: 'q1', note: 'only' });
  expect(stepQuote(['q1'], 'q1', 'previous')).toEqual({ id: 'q1', note: 'only' });
});

test('stepping through no quotes goes nowhere', () => {
  expect(stepQuote([], null, 'next')).toEqual({ id: null, note: null });
  expect(stepQuote([], 'q1', 'previous')).toEqual({ id: null, note: null });
});

const gold = quotesInOrder(loadGold()).map(({ quote }) => quote);
const withReview = (changes: Record<string, Partial<Quote>>): Array<Quote> => gold.map((q) => ({ ...q, ...changes[q.id] }));

test.each([
  ['a sure attribution', {}, false],
  ['an uncertain attribution', { confidence: 0.4 }, true],
  ['a quote without a speaker', { speakerId: null, resolution: 'unattributed' }, true],
  ['an uncertain attribution a reader corrected', { confidence: 0.4, corrected: true }, false],
] as const)('%s needs review: %s', (_, change, expected) => {
  const first = gold[0];
  if (!first) throw new Error('the gold has no quotes');
  expect(needsReview({ ...first, ...change })).toBe(expected);
});

test('the next quote to review is the first uncertain or unattributed one after the selected quote, and after the last it goes back to the first', () => {
  const quotes = withReview({ q3: { confidence: 0.4 }, q8: { speakerId: null }, q10: { confidence: 0.5 } });
  expect(nextToReview(quotes, null)).toEqual({ id: 'q3', note: null });
  expect(nextToReview(quotes, 'q3')).toEqual({ id: 'q8', note: null });
  expect(nextToReview(quotes, 'q9')).toEqual({ id: 'q10', note: null });
  expect(nextToReview(quotes, 'q10')).toEqual({ id: 'q3', note: 'first uncertain' });
  expect(nextToReview(quotes, 'q11')).toEqual({ id: 'q3', note: 'first uncertain' });
});

test('an article whose quotes are all sure has none to review', () => {
  const sure = gold.map((q) => ({ ...q, confidence: 0.89 }));
  expect(nextToReview(sure, null)).toEqual({ id: null, note: 'no uncertain' });
  expect(nextToReview(sure, 'q4')).toEqual({ id: null, note: 'no uncertain' });
});

test('the bundled article has its one uncertain attribution to review, which stays selected and is said to be the only one', () => {
  expect(nextToReview(gold, null)).toEqual({ id: 'q3', note: null });
  expect(nextToReview(gold, 'q3')).toEqual({ id: 'q3', note: 'only uncertain' });
  expect(nextToReview(gold, 'q7')).toEqual({ id: 'q3', note: 'first uncertain' });
});

test.each([
  [['Kassym-Jomart Tokayev'], 'Kassym-Jomart Tokayev'],
  [['Vladimir Putin', 'Kassym-Jomart Tokayev'], 'Vladimir Putin and Kassym-Jomart Tokayev'],
  [['A', 'B', 'C'], 'A, B and C'],
  [['A', 'B', 'C', 'D'], 'A, B, C and D'],
])('%j are named as "%s"', (people, expected) => {
  expect(joinNames(people)).toBe(expected);
});

test.each([
  [null, 11, [], '11 quotes'],
  [null, 1, [], '1 quote'],
  [2, 11, [], 'Quote 3 of 11'],
  [0, 5, ['Kassym-Jomart Tokayev'], 'Quote 1 of 5 by Kassym-Jomart Tokayev'],
  [10, 11, ['Vladimir Putin', 'Kassym-Jomart Tokayev'], 'Quote 11 of 11 by Vladimir Putin and Kassym-Jomart Tokayev'],
  [null, 5, ['Kassym-Jomart Tokayev'], '5 quotes'],
  [null, 0, [], 'No quotes'],
] as const)('position %s of %s for %j reads "%s"', (index, total, people, expected) => {
  expect(readingPosition(index, total, people)).toBe(expected);
});

test.each([
  [4, ['Kassym-Jomart Tokayev'], 'Showing 4 quotes by Kassym-Jomart Tokayev'],
  [1, ['Kassym-Jomart Tokayev'], 'Showing 1 quote by Kassym-Jomart Tokayev'],
  [11, ['Vladimir Putin', 'Kassym-Jomart Tokayev'], 'Showing 11 quotes by Vladimir Putin and Kassym-Jomart Tokayev'],
  [24, [], 'Showing everyone’s quotes'],
] as const)('a filter to %s quotes of %j says "%s"', (count, people, expected) => {
  expect(filterSummary(count, people)).toBe(expected);
});
