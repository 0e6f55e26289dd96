import { describe, expect, test } from 'vitest';
import { relativeThat } from '../../../../../src/core/engine/attribution/reported/relativeThat';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/relativeThat.ts: Wikinews, 2020 (CC BY 2.5), fresh text (new-user review).

describe('a relative "that" after a noun phrase is no reported clause', () => {
  test('"agreed on a line as their shared maritime border that would make …" gives no reported quote', () => {
    const article = analyze(
      'Maritime deal',
      'In the November 27 deal, Turkey and Libya agreed on a line as their shared maritime border that would make the sea between Crete and Cyprus a part of the Turkish EEZ.',
    );
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  test('a time between the verb and a "that" with a subject of its own still reports the clause', () => {
    const article = analyze('Budget', 'Finance Minister Ana Ruiz said on Monday that the budget would be late.');
    expect(attribution(article, 'the budget would be late')).toMatchObject({ kind: 'reported', speaker: 'Ana Ruiz' });
  });

  test('a verb right after "that" makes it a relative; a subject makes it a conjunction', () => {
    const text = 'border that would make the sea Turkish';
    expect(relativeThat(text, 'border that'.length)).toBe(true);
    expect(relativeThat('said that the sea is Turkish', 'said that'.length)).toBe(false);
  });
});
