import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// firstNameFrom.ts: a given name alone opening the speaker words, then "from"/"of"/"at" and where the person is from:
// the person speaks, never the body or place the words end with.

// Global Voices, "Bolivia: Web 2.0 Workshops for Aymara School Teachers" (May 2012, CC BY 3.0), fresh text.
describe('a given name alone before where the person is from', () => {
  test('"Cristina from ESFM Caracollo in the Department of Oruro said:" sets off Cristina\'s words, not the department\'s', () => {
    const article = analyze(
      'Bolivia: Web 2.0 Workshops for Aymara School Teachers',
      'Cristina from ESFM Caracollo in the Department of Oruro said:',
      '…que no sea este único taller sino que haya más talleres sobre el manejo de herramientas digitales; difundamos nuestra idioma Aymara en Internet como idioma Ingles.',
      "…hopefully this will not be the only workshop, but rather that there will be many more about the use of these digital tools; let's spread our Aymara language like the English language is spread on the Internet.",
    );
    expect(attribution(article, '…hopefully this will not be the only workshop')).toMatchObject({ speaker: 'Cristina' });
  });
});
