import { quotableAfter, quotableBefore, quotablesAfter } from '../../../../src/core/engine/attribution/nearestQuotable';

const texts = ['Headline', 'Photo: NASA', 'First paragraph.', 'Caption', 'Second paragraph.'];
const quotable = [false, false, true, false, true];

test('the paragraph before or after that may hold a quote is the nearest one, captions and credits passed over', () => {
  expect(quotableBefore(texts, quotable, 4)).toBe('First paragraph.');
  expect(quotableAfter(texts, quotable, 2)).toBe('Second paragraph.');
  expect(quotableAfter(texts, quotable, 0)).toBe('First paragraph.');
});

test('there is none before the first quotable paragraph or after the last', () => {
  expect(quotableBefore(texts, quotable, 2)).toBeUndefined();
  expect(quotableAfter(texts, quotable, 4)).toBeUndefined();
  expect(quotableBefore([], [], 0)).toBeUndefined();
});

test('the quotable paragraphs after one are listed in order, captions passed over, up to the count asked', () => {
  expect(quotablesAfter(texts, quotable, 0)).toEqual(['First paragraph.', 'Second paragraph.']);
  expect(quotablesAfter(texts, quotable, 0, 1)).toEqual(['First paragraph.']);
  expect(quotablesAfter(texts, quotable, 4)).toEqual([]);
});
