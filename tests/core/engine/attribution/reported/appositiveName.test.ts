import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/appositiveName.ts: "According to <one person's role>, <Name>, …": the name set off by commas is the source.

describe('a name set off by commas after a role the source only describes', () => {
  test('"According to his wife, Amanda Huber, he succumbed …": the named person is the source, the name no content', () => {
    const article = analyze('Headline', 'According to his wife, Amanda Huber, he succumbed to an unspecified lung disorder.');
    expect(attribution(article, 'he succumbed to an unspecified lung disorder')).toMatchObject({ kind: 'reported', speaker: 'Amanda Huber' });
    expect(quotesOf(article).filter((q) => q.text.startsWith('Amanda Huber'))).toEqual([]);
  });

  test('after a group ("According to police, John Smith, a local man, was arrested") the name opens the clause', () => {
    const article = analyze('Headline', 'According to police, John Smith, a local man, was arrested.');
    expect(attribution(article, 'John Smith, a local man, was arrested')).toMatchObject({ kind: 'reported', speaker: null });
  });
});
