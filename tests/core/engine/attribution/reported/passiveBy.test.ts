import { analyze, attribution, quotesOf } from '../helpers';

// The sentences come from the attribution cases (tests/cases/B24 and its kind); the real development half has
// had no passive cue until session 37 (the last test).
describe('passive cues', () => {
  test("'was later told by Eng's deputy, Oskar Lind, that …' is Oskar Lind's", () => {
    const article = analyze(
      'Regional funds frozen',
      'Finance minister Lars Eng told Governor Ruth Bakker that the regional funds were frozen.',
      "Bakker was later told by Eng's deputy, Oskar Lind, that the freeze could last a year.",
    );
    expect(attribution(article, 'the freeze could last a year')).toMatchObject({ kind: 'reported', speaker: 'Oskar Lind', resolution: 'name' });
  });

  test('a passive without an agent reports no speech', () => {
    const article = analyze('Regional funds frozen', 'Bakker was told that the freeze could last a year.');
    expect(() => attribution(article, 'the freeze could last a year')).toThrow();
  });
  // NASA (public domain), fresh text: an impersonal passive with no source.
  test('"It was announced last week that …" is reported speech with no speaker; "by X" names one', () => {
    const article = analyze(
      'Ingenuity',
      'It was announced last week that Ingenuity’s mission is now coming to an end after it sustained damage to a rotor blade.',
      'It has been reported by the BBC that the talks collapsed.',
    );
    expect(attribution(article, 'Ingenuity’s mission is now coming')).toMatchObject({
      kind: 'reported',
      speaker: null,
      cue: 'It was announced last week that',
    });
    expect(attribution(article, 'the talks collapsed')).toMatchObject({ kind: 'reported', speaker: 'BBC' });
  });

  // "Influential rock drummer Ginger Baker dies aged 80", fresh Wikinews 2019-10-07 (CC BY 2.5).
  test('"it was reported Baker was hospitalized …": a clause with no "that" is what was reported', () => {
    const article = analyze(
      'Influential rock drummer Ginger Baker dies aged 80',
      'On September 25, it was reported Baker was hospitalized in critical condition.',
      'It was announced yesterday.',
    );
    expect(attribution(article, 'Baker was hospitalized in critical condition')).toMatchObject({ kind: 'reported', speaker: null, cue: 'it was reported' });
    expect(quotesOf(article).filter((q) => q.cue?.text === 'It was announced')).toEqual([]);
  });

  // "On the campaign trail in the USA, October 2020", fresh Wikinews 2020-11-02 (CC BY 2.5).
  test('"After it was revealed X, Y …": what was revealed ends at the subordinate clause’s comma', () => {
    const article = analyze(
      'On the campaign trail in the USA, October 2020',
      'After it was revealed his aide Hope Hicks tested positive for coronavirus, President Trump himself, his wife Melania, and son Barron all tested positive for the virus.',
    );
    expect(quotesOf(article).find((q) => q.cue?.text === 'it was revealed')?.text).toBe('his aide Hope Hicks tested positive for coronavirus');
  });

  test('a final cue wins over the impersonal passive, and "it was reported to be" reports nothing', () => {
    const article = analyze(
      'Launch',
      'It was confirmed that the mission would launch in May, John Smith said.',
      'It was reported to be the largest fire in decades.',
    );
    expect(attribution(article, 'It was confirmed that')).toMatchObject({ kind: 'reported', speaker: 'John Smith' });
    expect(quotesOf(article).filter((q) => q.text.includes('largest fire'))).toEqual([]);
  });
});

// wikinews-2008-dakar-rally-cancelled-over-terrorist-threat-2008-01-05 (held-out gold of session 37, now dev).
test('"Kouchner said yesterday that Amuary had been warned by government officials that …" is Kouchner\'s report, whole', () => {
  const article = analyze(
    '2008 Dakar Rally cancelled over terrorist threat',
    'French Foreign Minister Bernard Kouchner said yesterday that Amuary had been warned by government officials that it would be too dangerous to go ahead with the plan.',
  );
  expect(attribution(article, 'Amuary had been warned by government officials')).toMatchObject({
    kind: 'reported',
    speaker: 'Bernard Kouchner',
    cue: 'French Foreign Minister Bernard Kouchner said yesterday that',
  });
  expect(quotesOf(article).find((q) => q.kind === 'reported')?.text).toBe(
    'Amuary had been warned by government officials that it would be too dangerous to go ahead with the plan',
  );
});
