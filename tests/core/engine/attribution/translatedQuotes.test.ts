import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// translatedQuotes.ts: quotes in another language that no cue gave a speaker take the speakers of their English.
// Paragraphs kept verbatim from gv-argentina-death-with-dignity-law-2012-05-11 (Global Voices, development half).

const HEADLINE = 'Argentina: Death With Dignity Law Approved';
const TELAM =
  "But this has not been the only case in Argentina. Susana Bustamante, the mother of Melina Gonzalez, has also fought until the end for her daughter. The news agency Telam [es] tells of Susana's situation:";
const SPANISH =
  '“Ella me dijo que durar conectada a un respirador artificial no es voluntad de Dios sino el capricho del hombre” y que “cuando una persona llega a un estado terminal e irreversible se debe permitir que acontezca el hecho natural” de la muerte, recordó Bustamante.';
const ENGLISH =
  '"She told me that to survive by being hooked up to a ventilator is not the will of God, more that it is the wish of the man" and that "when someone reaches the terminal and irreversible stage one must allow the natural event to happen after" meaning death, Bustamante recalled.';

describe('quotes in another language and their English', () => {
  test('the Spanish quotes of "… recordó Bustamante." are hers, as their English after "Bustamante recalled" is', () => {
    const article = analyze(HEADLINE, TELAM, SPANISH, ENGLISH);
    expect(attribution(article, 'She told me that')).toMatchObject({ speaker: 'Susana Bustamante' });
    expect(attribution(article, 'Ella me dijo que')).toMatchObject({ speaker: 'Susana Bustamante' });
    expect(attribution(article, 'cuando una persona llega')).toMatchObject({ speaker: 'Susana Bustamante' });
  });

  test('an English paragraph with another number of quotes pairs with none of them', () => {
    const one =
      '"She told me that to survive by being hooked up to a ventilator is not the will of God, more that it is the wish of the man," Bustamante recalled.';
    const article = analyze(HEADLINE, TELAM, SPANISH, one);
    expect(attribution(article, 'cuando una persona llega').speaker).toBeNull();
  });
});
