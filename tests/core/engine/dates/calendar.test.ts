import { referenceInstant } from '../../../../src/core/engine/dates';
import { isoOf, weekdayDate, yearOf } from '../../../../src/core/engine/dates/calendar';

// 10 February 2022, the bundled article's day, was a Thursday (weekday 4).
const THURSDAY = referenceInstant('2022-02-10');
const TUESDAY = 2;

test.each([
  ['a past Tuesday is the one before', null, 'past', '2022-02-08'],
  ['a coming Tuesday is the one after', null, 'future', '2022-02-15'],
  ['with no tense a bare Tuesday looks back, as news mostly reports what happened', null, null, '2022-02-08'],
  ['"last Tuesday" is strictly before', 'last', 'future', '2022-02-08'],
  ['"next Tuesday" is strictly after', 'next', 'past', '2022-02-15'],
  ['"Tuesday last week" is in the Monday-to-Sunday week before', 'last week', null, '2022-02-01'],
  ['"Tuesday next week" is in the week after', 'next week', null, '2022-02-15'],
  ['"this Tuesday" in a past sentence is this week’s', 'this', 'past', '2022-02-08'],
] as const)('%s', (_, modifier, tense, expected) => {
  expect(weekdayDate(THURSDAY, TUESDAY, modifier, tense)).toBe(expected);
});

test('the publication day itself counts for a bare weekday, in either tense', () => {
  expect(weekdayDate(THURSDAY, 4, null, 'past')).toBe('2022-02-10');
  expect(weekdayDate(THURSDAY, 4, null, 'future')).toBe('2022-02-10');
});

test('a month without a year is never moved after publication for a past event, nor before it for a future one', () => {
  expect(yearOf(THURSDAY, 12, null, null, 'past')).toBe(2021);
  expect(yearOf(THURSDAY, 1, null, null, 'future')).toBe(2023);
  expect(yearOf(THURSDAY, 2, 10, null, 'past')).toBe(2022);
});

test('with no tense, the nearest such month stands', () => {
  expect(yearOf(THURSDAY, 12, null, null, null)).toBe(2021);
  expect(yearOf(THURSDAY, 5, null, null, null)).toBe(2022);
});

test('"last May" and "next January" go by the modifier', () => {
  expect(yearOf(THURSDAY, 5, null, 'last', 'future')).toBe(2021);
  expect(yearOf(THURSDAY, 1, null, 'next', 'past')).toBe(2023);
});

test('an ISO date is a month or a day, padded', () => {
  expect(isoOf(2022, 1, null)).toBe('2022-01');
  expect(isoOf(2022, 2, 5)).toBe('2022-02-05');
});
