import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/groupParticiple.ts: an unnamed group's call or demand told by a participle after its clause.

describe("a group's call told by a participle", () => {
  // wikinews-egypt-army-will-not-use-force-mubarak-cabinet-2011-01-29 (development half).
  test('"Demonstrators scaled light poles, … and calling for an end to …" reports the call, left unattributed', () => {
    const article = analyze(
      'Egyptian army will not use force against protesters',
      "In Tahrir Square today, protesters played music as strings of barbed wire and army tanks stood nearby. Demonstrators scaled light poles, hanging Egyptian flags and calling for an end to Mubarak's rule.",
    );
    expect(attribution(article, "an end to Mubarak's rule")).toMatchObject({ kind: 'reported', speaker: null, cue: 'calling for' });
  });

  // wikinews-romanian-government-asks-kidnappers-release-journalist-2005-04-30 (development half).
  test('"members of … communities also took part in the rallies, calling for the hostages\' freedom": a group qualified by what it belongs to', () => {
    const article = analyze(
      'Romanian government asks kidnappers to release journalist',
      "However, members of Romania's Arab and Kurdish immigrant communities also took part in the rallies, calling for the hostages' freedom.",
    );
    expect(attribution(article, "the hostages' freedom")).toMatchObject({ kind: 'reported', speaker: null });
  });

  // gv-bangladesh-bloggers-march-journalist-couple-2012-05-16 (development half).
  test('"bloggers holding a candle light protest, demanding justice …": a demand after the group\'s own participle', () => {
    const article = analyze(
      'Bangladesh: Bloggers march for journalist couple',
      'Another video shows bloggers holding a candle light protest, demanding justice in the Sagar-Runi murder case.',
    );
    expect(attribution(article, 'justice in the Sagar-Runi murder case')).toMatchObject({ kind: 'reported', speaker: null, cue: 'demanding' });
  });

  // wikinews-yelena-bonner-dies-aged-88-2011-06-19 (development half).
  test('"Soviet authorities conducted campaigns …, accusing her of being a foreign agent …" reports the accusation, left unattributed', () => {
    const article = analyze(
      'Yelena Bonner dies aged 88',
      'Soviet authorities conducted campaigns of personal attacks against her, accusing her of being a foreign agent who turned Sakharove against his country.',
    );
    expect(attribution(article, 'her of being a foreign agent')).toMatchObject({ kind: 'reported', speaker: null, cue: 'accusing' });
  });

  test('"accusing looks" after a group\'s clause is no accusation in words', () => {
    const article = analyze(
      'Yelena Bonner dies aged 88',
      'Soviet authorities conducted campaigns of personal attacks against her, accusing looks following her everywhere.',
    );
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  test('a participle after a clause with no group as its subject reports nothing', () => {
    const article = analyze('Storm hits coast', 'The storm knocked out power across the region, calling for a rethink of the grid.');
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });
});
