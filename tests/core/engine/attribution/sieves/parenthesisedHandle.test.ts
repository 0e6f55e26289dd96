import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/parenthesisedHandle.ts: a colon cue that writes the account's handle in parentheses before its verb.

describe('a handle in parentheses before a colon cue’s verb', () => {
  // gv-mexico-carlos-fuentes-tributes-2012-05-16: the name before the handle is none the name pass takes.
  test('the handle is the source when the words before it name no one the text knows', () => {
    const article = analyze(
      'Mexico: Tributes to Carlos Fuentes',
      'The account of the United States Ambassador in Mexico, Embajador Wayne (@USEmbassyMex) [es], tweeted:',
      '#EmbajadorWayne: Lamento profundamente el fallecimiento de Carlos Fuentes. Su partida es una gran pérdida para el mundo.',
    );
    expect(attribution(article, '#EmbajadorWayne: Lamento profundamente')).toMatchObject({ kind: 'direct', speaker: '@USEmbassyMex' });
  });

  // gv-mexico-carlos-fuentes-tributes-2012-05-16 and gv-south-korea-monks-gambling-scandal-2012-05-15: a person named
  // before the handle is the speaker, not the account.
  test('a person named before the handle stays the speaker', () => {
    const article = analyze(
      'Mexico: Tributes to Carlos Fuentes',
      'Mexican President Felipe Calderón (@FelipeCalderon) [es] wrote:',
      'Expresé mis condolencias telefónicas a Silvia Lemus, viuda del gran Carlos Fuentes.',
    );
    expect(attribution(article, 'Expresé mis condolencias')).toMatchObject({ kind: 'direct', speaker: 'Felipe Calderón' });
  });
});
