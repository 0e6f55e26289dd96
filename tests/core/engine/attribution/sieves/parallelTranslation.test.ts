import { describe, expect, test } from 'vitest';
import { parallelTranslation } from '../../../../../src/core/engine/attribution/sieves/parallelTranslation';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/parallelTranslation.ts: a block quotation in another language over several paragraphs, then its English
// paragraph by paragraph, is the colon cue's whole.

// Global Voices, gv-mexico-carlos-fuentes-tributes (development half): a post in Spanish over three paragraphs, then its
// English paragraph by paragraph.
describe('a block quotation in another language over several paragraphs, then its translation', () => {
  const CUE = "Rafa García from Fayerwayer mentioned the trending topics related [es] to the author's passing:";
  const ORIGINAL = [
    'El autor de novelas como Aura, La Muerte de Artemio Cruz, Agua quemada, La silla del Águila, Gringo y La Región más Transparente, Carlos Fuentes, muerió hoy a los 83 años de edad en la Ciudad de México.',
    'La noticia recorrió de inmediato todos medios de comunicación y las redes sociales, particularmente en Twitter donde su nombre Carlos Fuentes y el #todoscomocarlos se convirtieron en tema tendencia.',
    'Q.E.P.D.',
  ];
  const ENGLISH = [
    'The author of novels such as Aura, The Death of Artemio Cruz, Burned Water, The Chair of the Eagle, Gringo and The Most Transparent Region, Carlos Fuentes, died today at 83 years of age in Mexico City.',
    'The news swept away all media and social networks, especially on Twitter where his name Carlos Fuentes and #todoscomocarlos ("Everyone like Carlos") became trending topics.',
    'RIP',
  ];
  const WRITER = 'Writers and other public figures used Twitter to express their sadness and pay homage to Carlos Fuentes.';

  test('every paragraph of the original and of its translation is the post’s, the short lines too', () => {
    const article = analyze('Mexico: Tributes to Carlos Fuentes', CUE, ...ORIGINAL, ...ENGLISH, WRITER);
    for (const paragraph of [...ORIGINAL, ...ENGLISH])
      expect(attribution(article, paragraph.slice(0, 20))).toMatchObject({ kind: 'direct', speaker: 'Rafa García', cue: CUE });
    expect(quotesOf(article).some((q) => q.text.startsWith('Writers and other'))).toBe(false);
  });

  test('the paragraphs pair place by place, or the run is none', () => {
    expect(parallelTranslation([...ORIGINAL, ...ENGLISH, WRITER])).toBe(5);
    expect(parallelTranslation([...ORIGINAL.slice(0, 2), ...ENGLISH.slice(0, 2)])).toBe(3);
    // English after the original that does not match its paragraphs' lengths is the writer's.
    expect(parallelTranslation([...ORIGINAL, WRITER, ENGLISH[1] ?? '', 'RIP'])).toBe(0);
    expect(parallelTranslation([...ENGLISH, ...ORIGINAL])).toBe(0);
  });
});
