import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// reported/documentRole.ts: a document read back to the body that put it out frames and calls as that body does.
// Sentences verbatim from the development half (Wikinews 2019, CC BY 2.5) and fresh text of the same shape.

test('a statement the court released "ascribed" a death to a cause in the court\'s words', () => {
  const article = analyze(
    'Former US Supreme Court Justice John Paul Stevens dies aged 99',
    'John Paul Stevens, a former associate justice of the US Supreme Court, died yesterday at the age of 99, according to a statement released by the Supreme Court. The statement ascribed his death to complications from a stroke on Monday.',
  );
  expect(attribution(article, 'his death to complications')).toMatchObject({ speaker: 'US Supreme Court', cue: 'The statement ascribed' });
});

test('a document no body is known to have put out still frames for no one', () => {
  const article = analyze('Stroke', 'The statement ascribed his death to complications from a stroke on Monday.');
  expect(attribution(article, 'his death to complications').speaker).toBeNull();
});
