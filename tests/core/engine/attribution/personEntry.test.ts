import { describe, expect, test } from 'vitest';
import { isPersonEntry } from '../../../../src/core/engine/attribution/personEntry';
import { analyze, quotesOf } from './helpers';

// personEntry.ts: a paragraph that is only a name and a verbless description is an entry of a list of people, never
// the block quotation a colon before it would set off.

// Wikinews, "Six dead in Northern Illinois University shooting" (wikinews-six-dead-northern-illinois-university-shooting-
// 2008-02-14, CC BY 2.5), a fresh page of session 48, now in the development half.
describe('a list of people after a colon', () => {
  test.each([
    'Joseph Peterson, a graduate assistant and instructor of the course in session at the time of the shooting.',
    'Patrick Korellias, a student in the class at the time of the shooting.',
    "J.D. Donohue', a student in the class at the time of the shooting.",
  ])('"%s" is an entry of a list', (text) => {
    expect(isPersonEntry(text)).toBe(true);
  });

  test.each([
    'Joseph Peterson, a graduate assistant, was shot in the arm.',
    'Patrick Korellias, a student in the class at the time of the shooting, said he hid under a desk.',
    'The victims, a student and a teacher.',
  ])('"%s" is not', (text) => {
    expect(isPersonEntry(text)).toBe(false);
  });

  test('the entries after "Chicago news outlets are also reporting names of four of the surviving victims:" are no quotes', () => {
    const article = analyze(
      'Six dead in Northern Illinois University shooting',
      'All were students at NIU. Chicago news outlets are also reporting names of four of the surviving victims:',
      'Joseph Peterson, a graduate assistant and instructor of the course in session at the time of the shooting.',
      'Patrick Korellias, a student in the class at the time of the shooting.',
    );
    expect(quotesOf(article)).toEqual([]);
  });
});
