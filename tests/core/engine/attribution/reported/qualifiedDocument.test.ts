import { describe, expect, test } from 'vitest';
import { describesDocument } from '../../../../../src/core/engine/attribution/reported/qualifiedDocument';
import { analyze, attribution } from '../helpers';

// reported/qualifiedDocument.ts: a document told by where it appeared, as the subject of a clause with no "that".

describe('a study or a report told by where it appeared', () => {
  // wn2020.csv row 66 ("Police arrest twelve after explosives kill jackal in Tamil Nadu, India") and row 54 ("Astronomer
  // tells Wikinews about discovery of closest black hole known so far"), Wikinews, 2020 (CC BY 2.5), fresh text.
  test('"One study in the Journal of … noted authorities seized …": reported, left unattributed', () => {
    const article = analyze(
      'Headline',
      'One study in the Journal of Threatened Taxa from March noted authorities seized 126 skins, eight tails, 16 skulls and two live jackals from 2013 to 2019.',
      'A study published in journal Astronomy & Astrophysics last month reported astronomers discovered a black hole in the Telescopium constellation.',
    );
    expect(attribution(article, 'authorities seized 126 skins')).toMatchObject({ kind: 'reported', speaker: null });
    expect(attribution(article, 'astronomers discovered a black hole')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('only a document noun heads it, never measurements, and no verb or relative may stand in the phrase', () => {
    expect(describesDocument('A study published in Nature last month ')).toBe(true);
    expect(describesDocument('A report released on Monday ')).toBe(true);
    expect(describesDocument('The data in the report ')).toBe(false);
    expect(describesDocument('A man in the crowd ')).toBe(false);
    expect(describesDocument('A study in mice that was ')).toBe(false);
    // Its agent is the subject readers': "A report by the agency said …".
    expect(describesDocument('A report by the agency ')).toBe(false);
  });
});
