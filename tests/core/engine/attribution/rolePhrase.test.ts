import { describe, expect, test } from 'vitest';
import { isRoleOrTitleWord, rolePhraseAt } from '../../../../src/core/engine/attribution/rolePhrase';
import { analyze, attribution } from './helpers';

// rolePhrase.ts: the role noun phrase a cue's subject opens with (AP style's descriptions of unnamed sources).

describe('role noun phrases', () => {
  test.each([
    ['a senior official at the environment ministry said', 'a senior official at the environment ministry'],
    ['A developer for OPM Alert said that the data was stolen', 'A developer for OPM Alert'],
    ['the spokesman, who declined to be named', 'the spokesman'],
    ['its chief executive told reporters', 'its chief executive'],
  ])('"%s" opens with the role "%s"', (rest, phrase) => {
    expect(rolePhraseAt(rest, 1)).toBe(phrase);
  });

  // wikinews-travel-ban-2-exempts-iraqis-us-permanent-residents-2017-03-06 (held-out gold of session 37, now dev).
  test.each([
    [
      'A senior official with the Trump administration also told reporters the Iraqi government had promised "timely repatriation"',
      'A senior official with the Trump administration',
    ],
  ])('the body a role belongs to after "with", up to the adverb before the verb: "%s"', (rest, phrase) => {
    expect(rolePhraseAt(rest, 1)).toBe(phrase);
  });

  test("the travel-ban official's report is read, left to the unnamed official", () => {
    const article = analyze(
      'Travel ban 2 exempts Iraqis, US permanent residents',
      'A senior official with the Trump administration also told reporters the Iraqi government had promised "timely repatriation" for Iraqi nationals whom the U.S. has decided to deport.',
    );
    expect(attribution(article, 'the Iraqi government had promised')).toMatchObject({
      kind: 'reported',
      speaker: null,
      cue: 'A senior official with the Trump administration also told',
    });
  });

  // wikinews-40th-ariane-5-launches-protostar-1-badr-6-satellites-2008-07-07 (development half): a satellite's
  // designation is a modifier like any other, and the "He" after the sentence is that unnamed manager, not the president
  // named before.
  test('a modifier with a digit stays in the role phrase: "The Badr-6 programme manager stated"', () => {
    expect(rolePhraseAt('The Badr-6 programme manager stated that "this is a moment of sheer joy and excitement".', 1)).toBe('The Badr-6 programme manager');
    const article = analyze(
      '40th Ariane 5 rocket launches ProtoStar-1 and Badr-6 satellites',
      'Phillip Father, the President of ProtoStar, thanked Arianespace for the launch. The Badr-6 programme manager stated that "this is a moment of sheer joy and excitement". He also referred to an unofficial Arianespace slogan, "launches speak louder than words", saying that "we heard you loud and clear".',
    );
    expect(attribution(article, 'we heard you loud and clear')).toMatchObject({ speaker: null });
  });

  // wikinews-un-military-attacks-darfur-violated-law-2008-03-20 (development half, blind gold of session 46): read as a
  // role phrase, the man met was taken for the speaker and named after a village.
  test('no role phrase runs over a second article: "an encounter with an armed man" is no description of a speaker', () => {
    expect(rolePhraseAt('an encounter with an armed man: "I was holding tight my four-year-old brother"', 1)).toBeNull();
    expect(rolePhraseAt('an armed man said', 1)).toBe('an armed man');
  });

  test('a headline drops the article ("UN chief warns"); a paragraph does not', () => {
    expect(rolePhraseAt('UN chief warns of famine', 0)).toBe('UN chief');
    expect(rolePhraseAt('UN chief warns of famine', 1)).toBeNull();
  });

  // Wikinews, "Former President of France Jacques Chirac dies aged 86" (CC BY 2.5), fresh page, in neither half of the corpus.
  test('a role noun after a preposition is its object, no role phrase ("the news to parliament")', () => {
    expect(rolePhraseAt('the news to parliament said, "Jacques Chirac is part of the history of France".', 1)).toBeNull();
    expect(rolePhraseAt('the French parliament said', 1)).toBe('the French parliament');
  });

  test('a phrase with no role noun is no role', () => {
    expect(rolePhraseAt('the river flooded the town', 1)).toBeNull();
  });

  test('role nouns and title words are told from other words', () => {
    expect(isRoleOrTitleWord('spokesman')).toBe(true);
    expect(isRoleOrTitleWord('minister')).toBe(true);
    expect(isRoleOrTitleWord('river')).toBe(false);
  });
});

// A person's role noun after an organisation's: the phrase runs on to it, and the person speaks, not the body.
describe("an organisation's role noun, then a person's", () => {
  test.each([
    // wikinews-bus-hits-bridge-winchester-children-injured-2020-09-10 (development half)
    ['A Hampshire Police spokesman said "We were called at 8.10am today', 'A Hampshire Police spokesman'],
    // Fresh Wikinews pages: 2019-10-11 (Wiranto stabbed), 2020-04-08 (Bangladesh, COVID-19 deaths)
    ['a hospital spokesperson. The local police chief and two others were also injured.', 'a hospital spokesperson'],
    ['A hospital official told Anadolu Agency, a local news outlet, that', 'A hospital official'],
  ])('"%s" opens with the role "%s"', (rest, phrase) => {
    expect(rolePhraseAt(rest, 1)).toBe(phrase);
  });

  // wikinews-bus-hits-bridge-winchester-children-injured-2020-09-10 (development half)
  test('"A Hampshire Police spokesman said "…"" is the spokesman\'s, an unnamed source', () => {
    const article = analyze(
      'Three children seriously injured as bus hits bridge in Winchester, England',
      'Three children were taken to hospital after a Stagecoach South bus crashed into a tunnel in Winchester, Hampshire, England at about 8:10 am this morning.',
      'A Hampshire Police spokesman said "We were called at 8.10am today, 10 September, to reports of a serious collision on Wellhouse Lane, Winchester, after a school bus collided with a railway bridge causing significant damage to the top of the bus."',
    );
    expect(attribution(article, 'We were called at 8.10am today')).toMatchObject({ speaker: 'A Hampshire Police spokesman', resolution: 'name' });
  });

  // Fresh Wikinews page, 2019-10-11: Indonesian security minister Wiranto stabbed.
  test('"… according to a hospital spokesperson." is the spokesperson\'s', () => {
    const article = analyze(
      'Indonesian security minister Wiranto stabbed',
      'Wiranto suffered "two deep wounds" in the attack according to a hospital spokesperson. The local police chief and two others were also injured.',
    );
    expect(attribution(article, 'Wiranto suffered').speaker).toBe('a hospital spokesperson');
  });
});

// glossedRoleSubject: paragraphs kept verbatim from gv-bangladesh-movie-theaters-dying-2012-05-09 (dev half), and a made-up control.
describe('a role noun named in parentheses', () => {
  test('"One blogger (Fahmidul Haque) says:" gives the quotation after it to Fahmidul Haque', () => {
    const article = analyze(
      'Bangladesh: Movie Theaters Are Dying',
      'One blogger (Fahmidul Haque) says:',
      'To me its a right of a citizen to be able to watch local and international movies of different tastes. Lets not limit this right with the debate of saving of local industry by stopping the import of Indian movies.',
    );
    expect(attribution(article, 'To me its a right')).toMatchObject({ speaker: 'Fahmidul Haque', cue: 'One blogger (Fahmidul Haque) says' });
  });

  test('an organisation noun before a parenthesis names no person, and the quote stays unattributed', () => {
    const article = analyze('Cinema', 'The company (Acme Holdings) says that it is a right to watch movies.');
    expect(attribution(article, 'it is a right')).toMatchObject({ kind: 'reported', speaker: null });
  });
});

describe('a role phrase before an adverb and its verb', () => {
  // English Wikinews, 2020 (CC BY 2.5), development half.
  test("'The spokesperson for the German government strongly condemned the attack' reports the condemnation", () => {
    expect(rolePhraseAt('The spokesperson for the German government strongly condemned the attack.', 1)).toBe('The spokesperson for the German government');
    const article = analyze(
      'Germany says Navalny poisoned with Novichok',
      'The German government announced the tests by a military laboratory found Novichok in Navalny\'s blood, and said there was "unequivocal" proof he had been poisoned. The spokesperson for the German government strongly condemned the attack.',
    );
    expect(attribution(article, 'the attack')).toMatchObject({ kind: 'reported', cue: 'The spokesperson for the German government strongly condemned' });
  });
});

// Wikinews, "UN report says 80 per cent of world's refugees live in poor countries" (wikinews-un-report-80-per-cent-
// refugees-poor-countries-2011-06-20, CC BY 2.5), a fresh page of session 48, now in the development half.
describe("a year among a document's words", () => {
  test('"according to the 2010 Global Trends report by the United Nations High Commissioner for Refugees" is the UNHCR\'s', () => {
    const article = analyze(
      "UN report says 80 per cent of world's refugees live in poor countries",
      'Reflecting an "overwhelming imbalance", the majority of the world\'s forcibly displaced refugees have been taken in by poor, developing countries, not industrialized countries, according to the 2010 Global Trends report by the United Nations High Commissioner for Refugees (UNHCR) released on Monday.',
    );
    expect(attribution(article, 'Reflecting an')).toMatchObject({ kind: 'reported', speaker: 'United Nations High Commissioner for Refugees' });
  });

  test.each(['The 31-year-old Ethiopian-born man said', 'The 2 officials said'])('"%s" opens with no role phrase', (rest) => {
    expect(rolePhraseAt(rest, 1)).toBeNull();
  });
});

// A fresh Wikinews page (October 2009), measured held out, and wikinews-us-secretary-of-defense-rumsfeld-visits-brazil-2005-03-26.
test.each([
  ["a spokeswoman for the NATO's antipiracy mission in the UK. There were 26 crew.", "a spokeswoman for the NATO's antipiracy mission"],
  [
    "The Workers' Party Secretary for International Foreign Relations didn't agree with the US.",
    "The Workers' Party Secretary for International Foreign Relations",
  ],
])('a role phrase ends before the clause and the place after it: %s', (rest, phrase) => {
  expect(rolePhraseAt(rest, 3)).toBe(phrase);
});

describe("an organisation's noun before another: the modifier of that one", () => {
  // wikinews-burundi-president-nkurunziza-dies-2020-06-11, wikinews-rescue-workers-search-wreckage-brazilian-air-crash-
  // 2006-10-02, wikinews-shorts-benn-sadr-rye-hill-dti-transneft-levinson-2007-04-16 (development half).
  test('"The government statement, which was posted on Twitter, announced …" is the statement\'s, naming Burundi\'s government', () => {
    const article = analyze(
      'Burundi president Nkurunziza dies',
      'The government of Burundi announced on Tuesday that President Pierre Nkurunziza had died.',
      'The government statement, which was posted on Twitter, announced the President\'s death "with great sorrow to Burundians and the international community."',
    );
    expect(attribution(article, 'with great sorrow to Burundians and the international community.').speaker).not.toBeNull();
  });

  test('"An air force statement says that …" is the statement\'s; "The Brazilian air force says that …" the air force\'s', () => {
    const article = analyze(
      'Rescue workers search wreckage of Brazilian air crash',
      'An air force statement says that the first two bodies were recovered on the afternoon of Sunday, October 1.',
      'The Brazilian air force says that both planes were equipped with a Traffic Collision Avoidance System (TCAS).',
    );
    expect(attribution(article, 'the first two bodies were recovered')).toMatchObject({ kind: 'reported', speaker: 'An air force statement' });
    expect(attribution(article, 'both planes were equipped')).toMatchObject({ kind: 'reported', speaker: 'Brazilian air force' });
  });

  test('"according to a Kremlin Statement" is the statement\'s, not a bare "Kremlin" role', () => {
    const article = analyze(
      'Wikinews Shorts',
      'The merger will create a "single network of oil and oil products via the pipelines and protect the economic interests of the Russian Federation," according to a Kremlin Statement.',
    );
    expect(attribution(article, 'single network of oil').speaker).not.toBeNull();
  });

  test("a person's role after an organisation's stays the person's: \"A Hampshire Police spokesman said …\"", () => {
    const article = analyze('Bus hits bridge', 'A Hampshire Police spokesman said the road was shut.');
    expect(attribution(article, 'the road was shut').speaker).toBe('A Hampshire Police spokesman');
  });
});
