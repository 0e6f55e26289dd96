import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// possessiveOwner.ts: a document a possessive pronoun owns speaks for whom the pronoun means, only when no one else could
// be meant. Breaks found by lane break35 in wire-style sentences (constructed in the shape of the corpus's "its website
// notes" and "Their statement also read"); each had given the words to the one body the name pass found.

test('"Its statement read" after "Sony sued the hacker group Anonymous" goes to neither company', () => {
  const article = analyze('Hack', 'Sony sued the hacker group Anonymous last week. Its statement read: "We will defend our customers."');
  expect(attribution(article, 'We will defend our customers').speaker).toBeNull();
});

test('"Its website notes that …" after a sentence naming two bodies is left unattributed', () => {
  const article = analyze(
    'Arctic protest',
    'Greenpeace activists blocked the entrance of the Shell headquarters. Its website notes that the company has drilled in the Arctic since 2012.',
  );
  expect(attribution(article, 'the company has drilled').speaker).toBeNull();
});

test('"Their statement read" after two companies settled is not the first company\'s alone', () => {
  const article = analyze('Patents', 'Apple and Samsung settled the dispute on Monday. Their statement read: "We have agreed to drop all lawsuits."');
  expect(attribution(article, 'We have agreed to drop').speaker).toBeNull();
});

test('"Its website notes that …" right after a sentence about one body is still that body\'s', () => {
  const article = analyze(
    'Inquiry',
    'The National Transportation Safety Board opened an inquiry on Monday. Its website notes that the inquiry could take a year.',
  );
  expect(attribution(article, 'the inquiry could take a year').speaker).toBe('National Transportation Safety Board');
});
