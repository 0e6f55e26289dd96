import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/appositiveName.ts: "According to <one person's role>, <Name>, …": the name set off by commas is the source.

describe('a name set off by commas after a role the source only describes', () => {
  test('"According to his wife, Amanda Huber, he succumbed …": the named person is the source, the name no content', () => {
    const article = analyze('Headline', 'According to his wife, Amanda Huber, he succumbed to an unspecified lung disorder.');
    expect(attribution(article, 'he succumbed to an unspecified lung disorder')).toMatchObject({ kind: 'reported', speaker: 'Amanda Huber' });
    expect(quotesOf(article).filter((q) => q.text.startsWith('Amanda Huber'))).toEqual([]);
  });

  test('after a body named by its kind ("According to police, John Smith, a local man, was arrested") the name opens the clause', () => {
    const article = analyze('Headline', 'According to police, John Smith, a local man, was arrested.');
    expect(attribution(article, 'John Smith, a local man, was arrested')).toMatchObject({ kind: 'reported', speaker: 'police' });
  });

  // wikinews-veteran-sergeant-us-torture-coverup-2004-12-08 (development half), verbatim.
  test('"According to a witness, Sergeant First Class Michael Marciello, when Artiga saw …" is Marciello\'s, not "a witness"\'s', () => {
    const article = analyze(
      'Veteran sergeant accounts US torture coverup',
      `Ford attempted to confront his team leader several times without success, and eventually went to his commanding officer Captain Victor Artiga in order to file a formal complaint.\n\nAccording to a witness, Sergeant First Class Michael Marciello, when Artiga saw the psychiatrist's report, Artiga was, "livid". He "stormed" back to the psychiatrist and "browbeat" her to change her report to read that Ford was mentally unstable, and ordered her to have Ford shipped out of the country.`,
    );
    expect(attribution(article, "when Artiga saw the psychiatrist's report")).toMatchObject({ kind: 'reported', speaker: 'Michael Marciello' });
    expect(quotesOf(article).filter((q) => q.text.startsWith('Sergeant First Class'))).toEqual([]);
  });
});
