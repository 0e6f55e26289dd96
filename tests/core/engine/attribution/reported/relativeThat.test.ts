import { describe, expect, test } from 'vitest';
import { demonstrativeThat, relativeThat } from '../../../../../src/core/engine/attribution/reported/relativeThat';
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

// NASA, "Michael Thorpe Studies Sediment from Source to Sink" (public domain; development half,
// usgov-nasa-michael-thorpe-sediment-source-to-sink-2024-01), and Wikinews, Fan Expo Canada, 2019-09-02 (CC BY 2.5;
// development half, wikinews-fan-expo-canada-2019-celebrities-cosplay-2019-09-02).
describe('a "that" only an adverb follows is the words pointed back to, no reported clause', () => {
  test('"I say that jokingly, but it truly is …" reports nothing', () => {
    const article = analyze(
      'Michael Thorpe Studies Sediment from Source to Sink',
      'Amy is the geochemist who leads our lab. Amy’s most important advice for me has been “go for it.” I say that jokingly, but it truly is incredibly helpful as a scientist to have someone backing you like that.',
    );
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  test('an adverb opening the reported clause leaves it reported', () => {
    const text = 'the company noted that recently they had switched to a bio-based PET for their packaging';
    expect(demonstrativeThat(text, text.indexOf('that') + 4)).toBe(false);
    expect(demonstrativeThat('I say that jokingly, but it truly is incredibly helpful', 'I say that'.length)).toBe(true);
  });
});
