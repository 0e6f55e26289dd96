import { describe, expect, test } from 'vitest';
import { tiedName } from '../../../../src/core/engine/attribution/tiedName';
import { analyze, attribution } from './helpers';

// tiedName.ts: a body or a place that a tie's adjective ("allied with", "close to") governs is not who speaks.

describe('a group tied to a named body or place', () => {
  // wikinews-bush-urges-us-allies-middle-east-peace-talks-2008-01-06 (Wikinews, CC BY 2.5).
  test('"Analysts and activists in some Middle Eastern countries allied with the United States say" is no word of the United States', () => {
    const article = analyze(
      'Bush urges US allies in Middle East to support Israeli-Palestinian peace talks',
      'Analysts and activists in some Middle Eastern countries allied with the United States say 2007 was marked by governments backtracking from steps toward democracy.',
    );
    expect(attribution(article, '2007 was marked by governments backtracking')).toMatchObject({
      speaker: null,
      speakerRef: 'Analysts and activists in some Middle Eastern countries allied with the United States',
    });
  });

  test('"Groups allied with Hezbollah said" is not Hezbollah speaking', () => {
    const article = analyze('Lebanon vote', 'Groups allied with Hezbollah said the vote was rigged.');
    expect(attribution(article, 'the vote was rigged').speaker).toBeNull();
  });

  test('the description runs back to the clause’s comma', () => {
    const text = 'In Beirut, diplomats familiar with the European Union said';
    expect(tiedName(text, 0, text.indexOf('European'))).toBe(text.indexOf('diplomats'));
  });

  test('a name after a preposition no tie goes with is left to the other readers', () => {
    const text = 'Officials met with the European Union said';
    expect(tiedName(text, 0, text.indexOf('European'))).toBeNull();
  });
});
