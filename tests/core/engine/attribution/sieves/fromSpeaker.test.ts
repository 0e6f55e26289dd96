import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/fromSpeaker.ts: a colon sentence ending on the name after "from" hands the paragraph after it to that name.

describe('colon block: "From NAME of PLACE:"', () => {
  test('"From Erich Jao of the Philippines:" sets off his words (fresh Global Voices)', () => {
    const article = analyze(
      'Myanmar: 64 Words for Aung San Suu Kyi',
      'Many Southeast Asians also expressed support for Aung San Suu Kyi. From Erich Jao of the Philippines:',
      'The free people of the world support your cause and the nobility of your sacrifice to further the freedom of Myanmar. Let this year be the last time you breathe the air of oppression and tyranny.',
    );
    expect(attribution(article, 'The free people of the world')).toMatchObject({ kind: 'direct', speaker: 'Erich Jao', resolution: 'name' });
  });
});

test('"… did not come from Malawi:" does not make Malawi the source of the quotation (gv-malawi-banda-promises-lift-homosexuality-ban)', () => {
  const article = analyze(
    'Malawi: President Banda promises to lift homosexuality ban',
    "But Phetie reminds critics that Malawi's system of government and even Christianity did not come from Malawi:",
    'Its no prblm 4 Malawi legalising homosexuality...after all almost evrythn in our system of government copies 4rm western countries...even christianity came 4rm them',
  );
  expect(attribution(article, 'Its no prblm 4 Malawi').speaker).not.toBe('Malawi');
});
