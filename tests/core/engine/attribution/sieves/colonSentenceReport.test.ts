import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/colonSentenceReport.ts: a colon sentence's own reported clause goes to the speaker its colon cue reads.

test("'Khotso From Lesotho notes that … :' gives the blog both its reported clause and its post (gv-lesotho-general-election-date-set-2012-05-17)", () => {
  const article = analyze(
    'Lesotho: General Election Date Set',
    'Khotso From Lesotho notes that political parties involved in the elections are too many to keep track of them all:',
    'Elections are upon us in Lesotho. The scheduled date of national elections is 26 May 2012.',
  );
  expect(attribution(article, 'political parties involved')).toMatchObject({ kind: 'reported', speaker: 'Khotso From Lesotho' });
  expect(attribution(article, 'Elections are upon us').speaker).toBe('Khotso From Lesotho');
});

test('a reported clause whose cue is not the colon cue keeps its own reading', () => {
  const article = analyze(
    'Lesotho: General Election Date Set',
    'Officials said that the vote would be peaceful, and Khotso From Lesotho writes:',
    'Elections are upon us in Lesotho. The scheduled date of national elections is 26 May 2012.',
  );
  expect(attribution(article, 'the vote would be peaceful').speaker).not.toBe('Khotso From Lesotho');
});
