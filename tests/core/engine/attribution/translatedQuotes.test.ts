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

  test('two Spanish paragraphs, then their English in the same order: the second original takes the second English speaker', () => {
    // gv-argentina-gender-identity-law-2012-05-12 (Global Voices, May 2012), whose Spanish cues no English sieve reads.
    const article = analyze(
      'Argentina: Lawmakers Approve Gender Identity Law',
      "One of the first criticisms, [es] before the law's approval, came from Daniel Fernández, bishop of the Diocese of Jujuy, in Argentina:",
      '"La iglesia desde un principio hizo conocer su opinión, creemos que el ser humano es creado por Dios, varón o mujer, que viene constituido con nuestra naturaleza humana y a partir de ahí queremos empezar a dialogar, con respeto, sin ningún tipo de intolerancia, manifestando nuestra opinión, que en este caso, es contraria a la de tantos”, ha manifestado el religioso.',
      '“La identidad viene dada por el sexo que recibimos y por la identidad que traemos desde el seno de nuestra madre”, defendió el obispo argentino, condenando el avance de la Ley de Identidad de Género.',
      '"The church from the beginning has made its opinion known, we believe that the human being is created by God, male or female, and comes established with our human nature and from there we want to start to dialogue, with respect, without any type of intolerance, expressing our opinion, that in this case, it is contrary to that of many", the bishop has said.',
      '"Identity is given from the sex that we receive and from the identity that we take from our mother\'s womb", the Argentine bishop said, condemning the advance of the Law of Gender Identity.',
    );
    expect(attribution(article, 'Identity is given from the sex')).toMatchObject({ speaker: 'Daniel Fernández' });
    expect(attribution(article, 'La identidad viene dada')).toMatchObject({ speaker: 'Daniel Fernández' });
  });
});
