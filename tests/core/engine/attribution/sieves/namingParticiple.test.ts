import { describe, expect, test } from 'vitest';
import { analyze, quotesOf } from '../helpers';

// sieves/namingParticiple.ts: a noun, then a passive participle that names it ("referred to as", "known as",
// "described as") and the quote: the noun is what is named, not who speaks. Sentence from AMALGUM news (English
// Wikinews, CC BY 2.5), fresh text in neither half of the corpus: AMALGUM_news_arrests (2009-01-11).

describe('naming participle', () => {
  test('"an alleged clandestine neonationalist organization referred to as “Ergenekon”" gives the name to no speaker', () => {
    const article = analyze(
      "Waves of arrests in Turkey on suspicion of involvement in 'Ergenekon' organization",
      'Turkish police arrested two colonels and two lieutenants Saturday as part of a wide-reaching probe into a suspected coup plot. The arrests are the latest related to an alleged clandestine neonationalist organization referred to as "Ergenekon".',
    );
    expect(quotesOf(article).filter((q) => q.speakerId !== null)).toEqual([]);
  });

  test('a subject of its own before the participle still speaks: "a vote which he described as “…”" is not read here', () => {
    const article = analyze('Opposition leader criticises vote', 'Opposition leader Muhammadu Buhari criticised the vote, which he described as "a sham".');
    expect(quotesOf(article).find((q) => q.text === 'a sham')?.speakerId ?? 'none').not.toBe('none');
  });
});
