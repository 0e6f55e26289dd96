import { expect, test } from 'vitest';
import { nameGroups } from '../../../../src/core/engine/entities/nameGroups';
import { analyze, attribution } from '../attribution/helpers';

// dayAfterName.ts: a day of the week written bare after a name ("the European Parliament Thursday") is no part of the
// name; a feast's day ("Good Friday", "Super Tuesday") and a day that opens a paper's name stay whole. Sentences from
// the development half of tests/fixtures/real.

const runs = (text: string) => nameGroups(text).map((g) => g.words.join(' '));

// wikinews-gay-iranian-awaits-decision-asylum-2008-03-14.
test('a parliament named before a bare weekday is found by its name, so “the resolution” it passed speaks for it', () => {
  const text =
    'A resolution passed by the European Parliament Thursday asked EU states "to find a common solution to ensure that Mehdi Kazemi is granted asylum or protection on EU soil and not sent back to Iran." The resolution also stated that Iranian authorities "routinely detain, torture and execute persons, notably homosexuals" and that "Mehdi\'s partner has already been executed, while his father has threatened him with death."';
  expect(runs(text)).toContain('European Parliament');
  const article = analyze(
    'Gay Iranian awaits decision on asylum',
    'The announcement Friday by the British government came after the European Parliament urged a resolution to the case and said that Iran has a history of torturing and executing homosexuals.',
    text,
  );
  expect(attribution(article, 'routinely detain, torture and execute persons')).toMatchObject({ speaker: 'European Parliament' });
});

// wikinews-us-to-sell-precision-guided-bombs-saudi-arabia-2008-01-15 and wikinews-bush-ahern-white-house-st-patricks-day-2008-03-19.
test('the day an object was told or visited is not read into its name: "notified Congress Monday", "visited the White House Monday"', () => {
  expect(
    runs('The Bush administration officially notified Congress Monday of its intention to sell sophisticated precision-guided bombs to Saudi Arabia.'),
  ).toContain('Congress');
  expect(runs('Bertie Ahern, the Prime Minister of Ireland visited the White House Monday to commemorate St. Patrick’s Day.')).toContain('White House');
});

// gv-brazil-folk-healers-benzedeiras-2012-05-15 and wikinews-bloomberg-warren-end-campaigns-super-tuesday-2020-03-06.
test('a feast’s or an event’s day keeps its first word: "Good Friday", "Super Tuesday"', () => {
  expect(runs('Traditionally, Good Friday is the only day in which the gift of healing is given to a woman of good heart and without hindrances.')).toContain(
    'Good Friday',
  );
  expect(runs('In the aftermath of Super Tuesday, yesterday and on Wednesday, two candidates ended their campaigns.')).toContain('Super Tuesday');
});

test('a day that a capitalised word goes on after is left to the name it opens: "the Observer Sunday Magazine"', () => {
  expect(runs('It was printed in the Observer Sunday Magazine last year.')).toContain('Observer Sunday Magazine');
});
