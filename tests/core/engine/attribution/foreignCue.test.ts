import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { analyze, attribution, quotesOf } from './helpers';

// foreignCue.ts: a Spanish or Portuguese cue after a quote in another language names its speaker. Sentences from Global
// Voices, "Argentina: Lawmakers Approve Gender Identity Law" (2012, CC BY 3.0; gv-argentina-gender-identity-law-2012-05-12).

const HEADLINE = 'Argentina: Lawmakers Approve Gender Identity Law';
const MINISTRY =
  'The webpage for the Ministry of Health for the Province of Buenos Aires, whose province was a pioneer in sexual reassignment surgery, posted an interview with the Provincial Minister of Health, Alejandro Collia:';
const COLLIA =
  '"La Provincia es pionera en garantizar, a través del acceso a la salud pública, el derecho de las personas a su identidad de género. La adecuación genital a la identidad de género percibida por cada persona es un derecho que venimos garantizando desde el hospital Gutiérrez”, afirma el ministro de Salud provincial, Alejandro Collia.';

describe('a Spanish cue after a quote in Spanish', () => {
  test("'”, afirma el ministro de Salud provincial, Alejandro Collia.' gives the quote to Collia, not the ministry's page the paragraph is a post of (gv-argentina-gender-identity-law-2012-05-12)", () => {
    const article = analyze(HEADLINE, MINISTRY, COLLIA);
    expect(attribution(article, 'La Provincia es pionera en garantizar')).toMatchObject({
      kind: 'direct',
      speaker: 'Alejandro Collia',
      resolution: 'name',
      cue: 'afirma el ministro de Salud provincial, Alejandro Collia',
      speakerRef: 'Alejandro Collia',
    });
  });

  test('a quote given by a Spanish cue is measured as its own sieve, not as an English trailing cue (gv-argentina-gender-identity-law-2012-05-12)', () => {
    const keys = new Map<string, string>();
    const article = analyzeArticle([HEADLINE, MINISTRY, COLLIA].join('\n\n'), {
      publishedOn: '2012-05-12',
      onAttribution: (id, key) => keys.set(id, key),
    });
    const collia = quotesOf(article).find((q) => q.text.startsWith('La Provincia es pionera'));
    expect(keys.get(collia?.id ?? '')).toBe('foreign-cue/name');
  });

  test("a cue that names no one, '”, ha manifestado el religioso.', gives the quote to nobody named (gv-argentina-gender-identity-law-2012-05-12)", () => {
    const article = analyze(
      HEADLINE,
      "One of the first criticisms, [es] before the law's approval, came from Daniel Fernández, bishop of the Diocese of Jujuy, in Argentina:",
      '"La iglesia desde un principio hizo conocer su opinión, creemos que el ser humano es creado por Dios, varón o mujer, que viene constituido con nuestra naturaleza humana y a partir de ahí queremos empezar a dialogar, con respeto, sin ningún tipo de intolerancia, manifestando nuestra opinión, que en este caso, es contraria a la de tantos”, ha manifestado el religioso.',
    );
    expect(attribution(article, 'La iglesia desde un principio')).toMatchObject({ speaker: null });
  });
});
