import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// relativeSpeech.ts and reported/relativeCueEnd.ts: a speaker described by a relative clause that reports speech of
// its own ("A woman who said she was a neighbour told reporters …"). No sentence of this shape is in the corpus or the
// fresh pools searched for it (Wikinews 2019/2020, WikinewsSum, Global Voices 2004 and May 2012), so the sentences below
// are written in the shape wire copy uses for an unnamed witness.

const story = (sentence: string) => analyze('Fire destroys family home', 'A fire destroyed a house on Elm Street on Tuesday night. No one was hurt.', sentence);

describe('a speaker described by what they said of themselves', () => {
  test('"A man who claimed he was her cousin said …": the claim is one quote, what he said another, both his', () => {
    const article = story('A man who claimed he was her cousin said the family would hold a service on Friday.');
    expect(attribution(article, 'he was her cousin')).toMatchObject({ speaker: 'A man', kind: 'reported' });
    expect(attribution(article, 'the family would hold a service on Friday')).toMatchObject({ speaker: 'A man', kind: 'reported' });
  });

  test('"A woman who said she was a neighbour told reporters …" is the woman\'s word, not a neighbour\'s', () => {
    const article = story('A woman who said she was a neighbour told reporters the house was empty.');
    expect(attribution(article, 'she was a neighbour').speaker).toBe('A woman');
    expect(attribution(article, 'the house was empty').speaker).toBe('A woman');
  });

  // Lane break33: the relative's claim may have an irregular past verb of its own ("saw"), not only "was" or "-ed".
  test('"A woman who claimed she saw the crash said …": what she said is a quote of its own, not part of her claim', () => {
    const article = story('A woman who claimed she saw the crash said the driver was drunk.');
    expect(attribution(article, 'she saw the crash')).toMatchObject({ speaker: 'A woman', kind: 'reported' });
    expect(attribution(article, 'the driver was drunk')).toMatchObject({ speaker: 'A woman', kind: 'reported' });
  });
});
