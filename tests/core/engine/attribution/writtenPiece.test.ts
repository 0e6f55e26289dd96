import { expect, test } from 'vitest';
import { analyze, quotesOf } from './helpers';

// writtenPiece.ts: the piece of writing a verb wrote is its object, not reported speech. Sentences verbatim from the
// development half (Global Voices 2012, CC BY 3.0) and fresh text (NASA, public domain).

test.each([
  ['Naija-Things wrote a brief post dedicated to Nigeria’s scoring machine:', 'a brief post'],
  ['Gist Only wrote a rather controversial headline “Late Rashidi Yekini’s Wife blames the Media for his Death”:', 'a rather controversial headline'],
])('"%s" reports nothing in its object', (paragraph, object) => {
  const article = analyze('Nigeria: Rashidi Yekini dies', paragraph);
  expect(quotesOf(article).filter((q) => q.kind === 'reported' && q.text.startsWith(object))).toEqual([]);
});

test('a piece that is no written object stays reported: "According to one analysis, this review takes an average of 100 days."', () => {
  const article = analyze(
    'How science gets published',
    'Journals send the paper to other experts in the same field, a process known as peer review. According to one analysis, this review takes an average of 100 days.',
  );
  expect(quotesOf(article).some((q) => q.kind === 'reported' && q.text.startsWith('this review takes'))).toBe(true);
});
