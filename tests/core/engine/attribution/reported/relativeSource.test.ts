import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/relativeSource.ts: "…, which according to X had …" — the predicate after the source is what the source says.

describe('a source between a relative pronoun and its predicate', () => {
  // Wikinews (CC BY 2.5), development half.
  test('"…, which according to X had a 4.7 magnitude": the predicate is the source\'s word, not the words before', () => {
    const article = analyze(
      'Four aftershocks hit central Chile',
      'The first shaking took place at 00:37 local time (03:37 UTC), which according to the University of Chile Seismological Service had a 4.7 magnitude in the Richter scale.',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual(['had a 4.7 magnitude in the Richter scale']);
    expect(attribution(article, 'had a 4.7 magnitude')).toMatchObject({
      speaker: 'University of Chile Seismological Service',
      cue: 'according to the University of Chile Seismological Service',
    });
  });

  // Wikinews (CC BY 2.5), development half.
  test('"…, who according to the report showed …": the report\'s words run to the sentence\'s end', () => {
    const article = analyze(
      'Controversies on the eve of Hong Kong legislative election',
      'The companies include Bank of China and China Resources Land, who according to the report showed a list of pro-Beijing candidates to vote for, and for Bank of China the employees were asked to call their managers after they have cast their votes.',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual([
      'showed a list of pro-Beijing candidates to vote for, and for Bank of China the employees were asked to call their managers after they have cast their votes',
    ]);
  });

  // Global Voices (CC BY 3.0), development half.
  test('a relative on a subject with no verb yet: the content stops before the main predicate', () => {
    const article = analyze(
      'Brazil: Folk healers',
      'The training of folk healers, individuals who according to Maria Luiza Benitez are usually "predestined and born with a special gift of power, talent or knowledge", requires great dedication:',
    );
    expect(quotesOf(article).find((q) => q.kind === 'reported')?.text).toBe(
      'are usually "predestined and born with a special gift of power, talent or knowledge"',
    );
  });

  test("a participle with a phrase after the source is the source's own, no predicate", () => {
    const article = analyze('Plant closes', 'The plant, which according to the report published in May, had lost money for years.');
    // The source set off by its comma backs what follows it (midSource.ts); "published in May" is never read as content.
    expect(quotesOf(article).map((q) => q.text)).toEqual(['had lost money for years']);
    expect(attribution(article, 'had lost money')).toMatchObject({ cue: 'according to the report published in May' });
  });
});
