import { describe, expect, test } from 'vitest';
import { analyze, quotesOf } from './helpers';

// translatedQuote.ts: the English in parentheses right after a quote kept is that quote again, the same speaker's.

describe('a translation in parentheses after a quote', () => {
  test('is a quote of its own (Global Voices, development half: Venezuela, May 2012)', () => {
    const article = analyze(
      'Venezuela: Caracas, City of Farewells',
      'The video has also been the cause of countless jokes, in addition to the comment of one of the subjects in the video, "Yo sí me iría... Me iría demasiado [sic]" ("I would go, I would so go") becoming a trending topic en Venezuela.',
    );
    const direct = quotesOf(article).filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.text)).toEqual(['Yo sí me iría... Me iría demasiado [sic]', 'I would go, I would so go']);
    expect(direct[1]?.speakerId).toBe(direct[0]?.speakerId);
  });

  test('the gloss of a title stays no quote (same article)', () => {
    const article = analyze(
      'Venezuela: Caracas, City of Farewells',
      'It took the Venezuelan blogosphere only a matter of days to unleash an avalanche of criticism and mockery on the video documentary "Caracas, Ciudad de Despedidas" ("Caracas, City of Farewells").',
    );
    expect(quotesOf(article).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});
