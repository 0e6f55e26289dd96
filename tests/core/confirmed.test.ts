import { isConfirmed } from '../../src/core/confirmed';
import type { Article, Correction, Quote } from '../../src/core/schema';

const previous: Quote = {
  id: 'q1',
  start: 0,
  end: 19,
  text: 'The talks went well',
  kind: 'reported',
  speakerId: 'vladimir-putin',
  cue: { start: 21, end: 31, text: 'he said' },
  speakerRef: { start: 21, end: 23, text: 'he' },
  resolution: 'pronoun',
  antecedent: null,
  confidence: 0.4,
};
const speaker = (from: string | null, to: string | null, quoteId = 'q1'): Correction => ({ kind: 'speaker', quoteId, from, to, previous });
const article = (...corrections: Array<Correction>): Pick<Article, 'corrections'> => ({ corrections });

test.each([
  ['no correction', article(), false],
  ['the speaker it had, given again', article(speaker('vladimir-putin', 'vladimir-putin')), true],
  ['another speaker', article(speaker('vladimir-putin', 'kassym-jomart-tokayev')), false],
  ['confirmed, then given to another', article(speaker('vladimir-putin', 'vladimir-putin'), speaker('vladimir-putin', 'kassym-jomart-tokayev')), false],
  ['another quote confirmed', article(speaker('vladimir-putin', 'vladimir-putin', 'q2')), false],
])('%s: confirmed is %s', (_, given, expected) => {
  expect(isConfirmed(given, 'q1')).toBe(expected);
});
