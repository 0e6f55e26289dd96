import { describe, expect, test } from 'vitest';
import { analyze, quotesOf } from './helpers';

// coordinatedVerb.ts: "X agreed and favored …" joins a second verb to the cue's; what follows "and" is no content.

const texts = (...paragraphs: Array<string>) => quotesOf(analyze(...(paragraphs as [string, ...Array<string>]))).map((q) => q.text);

describe('a verb phrase joined to the cue’s verb', () => {
  // Wikinews, "On the campaign trail in the USA, October 2020", 2020-11-02, CC BY 2.5 (not in the corpus).
  test('"La Riva agreed and favored prosecuting banks …" gives no quote starting "and favored"', () => {
    const found = texts(
      'On the campaign trail in the USA, October 2020',
      'Pierce called for an end to the War on Drugs, with which Hawkins and La Riva somewhat agreed. La Riva agreed and favored prosecuting banks for providing funds and said legalization would not be helpful, cautioning about the dangers of pharmaceuticals.',
    );
    expect(found.some((t) => t.startsWith('and favored'))).toBe(false);
    expect(found.some((t) => t.startsWith('legalization would not be helpful'))).toBe(true);
  });

  // Global Voices, "Russia: The RuNet's Enduring Tomatoes & Tusovki", 2012-05, CC BY 3.0 (not in the corpus).
  test('"they also argued and engaged each other in polemics" is no reported speech', () => {
    const found = texts(
      "Russia: The RuNet's Enduring Tomatoes & Tusovki",
      'Then, as now, they not only blogged on the same platform; they also argued and engaged each other in polemics.',
    );
    expect(found).not.toContain('and engaged each other in polemics');
  });
});
