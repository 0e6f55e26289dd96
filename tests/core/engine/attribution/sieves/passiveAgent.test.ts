import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/passiveAgent.ts: `X has been described by AGENT as a "…"` — the agent after "by" put the quoted words to the
// thing. Sentences from the development half (Wikinews, 2019).

describe('passive agent', () => {
  test("'Mancini has been described by the Daily Hive as a \"squirrel whisperer\"' is the Daily Hive's", () => {
    const article = analyze(
      'Toronto Comicon 2019 celebrities and cosplay',
      'Mancini has been described by the Daily Hive as a "squirrel whisperer", for the close affinity some of the animals have for her.',
    );
    expect(attribution(article, 'squirrel whisperer')).toMatchObject({ kind: 'direct', speaker: 'Daily Hive', cue: 'described by the Daily Hive' });
  });

  test("'a pattern described by Marine Bulletin as \"rather hectic …\"' is Marine Bulletin's, not the pattern's", () => {
    const article = analyze(
      'Wikinews investigates the disappearance of a cargo ship',
      'Marine Traffic\'s AIS tracking database shows a reestablishment of AIS contact by MV Namse Bangdzod on January 6, with a pattern described by Marine Bulletin as "rather hectic and kind of confused".',
    );
    expect(attribution(article, 'rather hectic and kind of confused')).toMatchObject({ kind: 'direct', speaker: 'Marine Bulletin' });
  });

  // wikinews-yelena-bonner-dies-aged-88-2011-06-19 (CC BY 2.5), development half.
  test("'described by the Washington Post as partly \"a love story …\"' is the Post's, past the adverb before the mark", () => {
    const article = analyze(
      'Soviet human rights activist Yelena Bonner dies aged 88',
      'She published her memoir in 1986 of the years in exile, described by the Washington Post as partly "a love story of mutual sacrifice."',
    );
    expect(attribution(article, 'a love story of mutual sacrifice')).toMatchObject({ kind: 'direct', speaker: 'Washington Post' });
  });

  test('an agent that is no name gives the words to nobody: "described by many as a “…”" is no quote of anyone\'s', () => {
    const article = analyze(
      'Toronto Comicon 2019 celebrities and cosplay',
      'Mancini has been described by many as a "squirrel whisperer", for the close affinity some of the animals have for her.',
    );
    expect(quotesOf(article).filter((q) => q.speakerId !== null)).toEqual([]);
  });

  // Wikinews, https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead
  // (2019-01-04, CC BY 2.5), fresh page in neither half of the corpus.
  test('"he was told by Emergencies Minister Yevgeny Zinichev of “…”" is the minister\'s, not the one told', () => {
    const article = analyze(
      'Magnitogorsk apartment building collapses after explosion, dozens dead',
      'President Vladimir Putin was briefed, and flew to Magnitogorsk on Monday, observing the rescue mission and visiting the wounded in hospital. In a meeting that day he was told by Emergencies Minister Yevgeny Zinichev of "presumably between 36 and 40 people under the rubble", while Chelyabinsk regional Deputy Governor Oleg Klimov indicated 68 people were missing.',
    );
    expect(attribution(article, 'presumably between 36 and 40')).toMatchObject({ kind: 'direct', speaker: 'Yevgeny Zinichev' });
  });
});
