import { expect, test } from 'vitest';
import { nationalTerm, termAsSubject } from '../../../../src/core/engine/attribution/nationalTerm';

// nationalTerm.ts: terms mentioned in marks (wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30, dev half).
const at = (text: string, quoted: string) => text.indexOf(quoted) - 1;

test('a phrase in marks after "the British" is the British term, mentioned', () => {
  const text = 'the term "natural born citizen" derived from the British "natural born subjects" which included all people born there.';
  expect(nationalTerm(text, at(text, 'natural born subjects'))).toBe(true);
  expect(nationalTerm(text, at(text, 'natural born citizen'))).toBe(false);
  const said = 'Answering the British "We will not pay, and we will not leave." was their reply.';
  expect(nationalTerm(said, at(said, 'We will not'))).toBe(false);
});

test('a phrase after "the … phrase" with its own verb after the marks is mentioned, even after "says"', () => {
  const text = 'Moreover, he says the 14th Amendment phrase "subject to" referred primarily to children born to Indian tribes.';
  expect(termAsSubject(text, at(text, 'subject to'))).toBe(true);
  const uttered = 'He then said the phrase "we will win" twice.';
  expect(termAsSubject(uttered, at(uttered, 'we will win'))).toBe(false);
});
