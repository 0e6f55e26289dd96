import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// Global Voices sentences in neither half of tests/fixtures/real (posts of May 2012, CC BY 3.0), read to check the
// rules for how Global Voices names the bloggers and commenters it quotes. Kept verbatim (link markup dropped).

describe('Global Voices speakers', () => {
  // "Venezuela: Video 'Caracas, City of Farewells' Sparks Debate", 2012-05-06:
  // http://globalvoicesonline.org/2012/05/06/venezuela-video-caracas-city-of-farewells-sparks-debate/
  test('a blogger whose name a language tag follows is the speaker of the block after the colon ("Name [es] explains …:")', () => {
    const article = analyze(
      'Venezuela: Video "Caracas, City of Farewells" Sparks Debate',
      'Meanwhile, Mirelis Morales Tovar [es] explains why the video moved her:',
      'Me movió… Si, no lo niego. Quien tiene dos hermanos lejos, otro con un pie aquí y otr[o] allá, así como casi todos sus amig@s a muchas horas de distancia, no puede ser indiferente a lo que se plantea en el video Caracas Ciudad de Despedidas.',
    );
    expect(attribution(article, 'Me movió… Si, no lo niego.')).toMatchObject({ kind: 'direct', speaker: 'Mirelis Morales Tovar' });
  });

  // "Colombia: Nationwide Demonstrations Mark May 1", 2012-05-02:
  // http://globalvoicesonline.org/2012/05/02/colombia-nationwide-demonstrations-mark-may-1/
  test('a site whose name a language tag follows is not made a person by the tag ("as Frontera Informativa [es] reported")', () => {
    const article = analyze(
      'Colombia: Nationwide Demonstrations Mark May 1',
      'Marches in most cities were peaceful, as Frontera Informativa [es] reported about Manizales. But in Bogota and Medellin (where more people protested) demonstrations ended with the intervention of military forces.',
    );
    expect(article.entities.find((e) => e.name === 'Frontera Informativa')?.type).not.toBe('person');
  });

  // "Israel: Increase in Racism Against African Asylum Seekers", 2012-05-29:
  // http://globalvoicesonline.org/2012/05/29/israel-increase-in-racism-against-african-asylum-seekers/
  test('a blogger whose role a nationality qualifies is the speaker ("Name, leading Israeli leftist blogger, commented:")', () => {
    const article = analyze(
      'Israel: Increase in Racism Against African Asylum Seekers',
      'Yossi Gurvitz, leading Israeli leftist blogger, commented:',
      'When the Israeli media reports a rape by “foreigners,” it engages in dog-whistling.',
    );
    expect(attribution(article, 'When the Israeli media reports')).toMatchObject({ kind: 'direct', speaker: 'Yossi Gurvitz' });
  });

  // NASA, Marshall Star, 2024 (public domain): a capitalised word before a role noun that is no nationality.
  test('a name a role noun follows only after another name is not made a person ("Artemis, Dragon, and Starliner head to the Moon")', () => {
    const article = analyze('Marshall supports crew launch', 'Today, the pace has ramped up again as Artemis, Dragon, and Starliner head to the Moon and ISS.');
    expect(article.entities.find((e) => e.name === 'Dragon')?.type).not.toBe('person');
  });
});
