import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// reportingBodyIt.ts: an "it" inside what a body reported is that body. Sentences from a fresh Wikinews page (Saudi oil
// tanker hijacked, November 2008), measured held out, and near misses.

describe('an "it" inside the clause a body reported', () => {
  test('"the Indian Navy has reported that it … destroyed what it called a pirate "mother ship"" is the navy\'s word, not the bureau\'s named before', () => {
    const article = analyze(
      'Negotiations over hijacked Saudi oil tanker begin',
      'The International Maritime Bureau reports that Somali pirates currently hold 14 ships along with an estimated 250 crew members.',
      'Meanwhile, the Indian Navy has reported that it encountered and destroyed what it called a pirate "mother ship" on Tuesday.',
    );
    expect(attribution(article, 'mother ship')).toMatchObject({ speaker: 'Indian Navy' });
  });

  test('another body named between the verb and the "it" leaves the pronoun to the discourse', () => {
    const article = analyze(
      'Tanker talks',
      'The International Maritime Bureau reports that Somali pirates currently hold 14 ships.',
      'Meanwhile, the Indian Navy has reported that the Royal Navy says it destroyed what it called a pirate "mother ship" on Tuesday.',
    );
    expect(attribution(article, 'mother ship').speaker).not.toBe('Indian Navy');
  });
});
