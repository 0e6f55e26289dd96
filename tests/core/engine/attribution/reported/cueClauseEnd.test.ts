import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/cueClauseEnd.ts: what may follow the speech verb of a sentence's last clause for that clause to stay a cue
// ("…, police revealed on Saturday."), and what makes it a clause of its own. Sentences from the development half.

// wikinews-uk-urges-us-waive-immunity-diplomats-wife-2019-10-10.
test('"…, police revealed on Saturday." is a cue: a day after the verb is a circumstance, and the police stay unnamed', () => {
  const article = analyze(
    "UK urges US to waive immunity for diplomat's wife involved in fatal collision",
    'Despite the assurances, she and her husband Jonathan Socoolas left the country, police revealed on Saturday.',
  );
  expect(attribution(article, 'Despite the assurances')).toMatchObject({ kind: 'reported', speaker: null, cue: 'police revealed' });
});

// wikinews-elijah-cummings-dies-2019-10-18 (development half).
test('"…, said Cummings “worked until his last breath”" makes no reported quote of the words before the comma', () => {
  const article = analyze(
    'US Representative Elijah Cummings dies at age 68',
    'In a statement, Maya Rockeymoore Cummings, his wife and the current chairwoman of the Maryland Democratic Party, said Cummings "worked until his last breath".',
  );
  expect(quotesOf(article).some((q) => q.text.startsWith('In a statement'))).toBe(false);
});

// wikinews-baby-finds-drugs-kamloops-playground-2020-07-08.
test('"Dr Sukhpreet Klaire, the lead author …, said the cost … was 75 cents." is a clause of its own after its verb, not a final cue', () => {
  const article = analyze(
    '11-month old baby finds illegal drugs in playground in British Columbia, Canadian police report',
    'Dr Sukhpreet Klaire, the lead author of the study and an addiction medicine specialist, said the cost of the accurate test strip kit was 75 cents.',
  );
  expect(quotesOf(article).some((q) => q.text.startsWith('Dr Sukhpreet Klaire'))).toBe(false);
  expect(attribution(article, 'the cost of the accurate test strip kit')).toMatchObject({ kind: 'reported', speaker: 'Sukhpreet Klaire' });
});

// On the campaign trail in the USA, September 2020 (fresh Wikinews page, CC BY 2.5; not in the corpus).
test('"As Kamala Harris visited the state …, Biden campaign officials expressed concern about Latino support." makes no quote of the as-clause', () => {
  const article = analyze(
    'On the campaign trail in the USA, September 2020',
    'As Kamala Harris visited the state and focused more on the African American constituency, Biden campaign officials expressed concern about Latino support.',
  );
  expect(quotesOf(article).some((q) => q.text.startsWith('As Kamala Harris'))).toBe(false);
});

describe('a name and a past verb after the verb', () => {
  // Fresh Wikinews (CC BY 2.5), "California lawyer Michael Avenatti convicted of attempted extortion", February 2020.
  test("\"X, a member of Avenatti's legal team, announced Avenatti intended to appeal …\" is X's report, not Avenatti's cue", () => {
    const article = analyze(
      'California lawyer Michael Avenatti convicted of attempted extortion',
      "Yesterday, a United States federal jury convicted Michael Avenatti of trying to extort Nike. Scott Srebnick, a member of Avenatti's legal team, announced Avenatti intended to appeal the conviction.",
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual(['Avenatti intended to appeal the conviction']);
    expect(attribution(article, 'Avenatti intended to appeal')).toMatchObject({ kind: 'reported', speaker: 'Scott Srebnick' });
  });

  test("an inverted name with no past verb after it is still the cue's subject", () => {
    const article = analyze('Budget', 'The budget would be late, said Ana Ruiz.');
    expect(attribution(article, 'The budget would be late')).toMatchObject({ kind: 'reported', speaker: 'Ana Ruiz' });
  });
});

describe('a directive verb with its object and "to" after it', () => {
  // wikinews-us-military-kills-qasem-soleimani-2020-01-05 (development half), its trailing "in its January 3 security
  // alert" left out: without it, "advised U.S." was read as a final cue and the clause before given to the United States.
  test('"…, and advised U.S. citizens to leave the country immediately." is no inverted cue', () => {
    const article = analyze(
      'US military kills Qasem Soleimani',
      'The United States Embassy in Iraq had suspended operations, and advised U.S. citizens to leave the country immediately.',
    );
    expect(quotesOf(article).filter((q) => q.text.startsWith('The United States Embassy'))).toEqual([]);
  });
});

// usgov-gsa-18f-every-kid-in-a-park-follow-up-2015-10-21 (18F, public domain; the session 56 held-out batch).
test('"Although we hope our users never encounter it, we also added a 404 page." is an act with its object, no cue', () => {
  const article = analyze('Every Kid in a Park: Why we can’t stop smiling', 'Although we hope our users never encounter it, we also added a 404 page.');
  expect(quotesOf(article).some((q) => q.text.startsWith('Although we hope'))).toBe(false);
});

test('"…, said a spokesman." and "…, he told a news conference." stay cues: the noun phrase is the subject or the listener', () => {
  const said = analyze('Every Kid in a Park: Why we can’t stop smiling', 'The site had few problems after its launch, said a spokesman.');
  expect(attribution(said, 'The site had few problems')).toMatchObject({ kind: 'reported', cue: 'said a spokesman' });
  const told = analyze(
    'Every Kid in a Park: Why we can’t stop smiling',
    'Julia Washburn spoke on Monday. The site had few problems after its launch, she told a news conference.',
  );
  expect(attribution(told, 'The site had few problems')).toMatchObject({ kind: 'reported', speaker: 'Julia Washburn' });
});

// wikinews-earthquake-injures-25-southern-philippines-2019-07-15 (development half).
test('"…, CNN Philippines reported the governor said." stays a cue: the noun phrase after the verb speaks in turn', () => {
  const article = analyze(
    'Earthquake injures 25 in southern Philippines',
    'Madrid District Hospital in the town of Madrid, which sustained cracks on concrete walls with some pieces falling to the ground, treated 25 wounded people who evacuated to the hospital, CNN Philippines reported the governor said.',
  );
  expect(quotesOf(article).some((q) => q.text.startsWith('Madrid District Hospital'))).toBe(true);
});
