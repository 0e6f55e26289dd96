import { describe, expect, test } from 'vitest';
import { bareParticipleJoin } from '../../../../src/core/engine/attribution/issuedStatement';
import { analyze, attribution, quotesOf } from './helpers';

// attribution/issuedStatement.ts: "saying" with no comma after a statement the clause's subject put out.

describe('a statement someone issued, "saying …"', () => {
  // English Wikinews, "US President Donald Trump tests positive for COVID-19", 2020-10-03, CC BY 2.5.
  test('what the statement says is the words of whoever issued it, not of "a statement"', () => {
    const article = analyze(
      'US President Donald Trump tests positive for COVID-19',
      'Presidential physician Sean Conley issued a statement saying Trump has been given zinc, vitamin D, Pepcid and a daily Aspirin.',
    );
    expect(attribution(article, 'Trump has been given zinc')).toMatchObject({ kind: 'reported', speaker: 'Sean Conley' });
  });

  test('a time phrase may stand between the statement and "saying"', () => {
    const article = analyze(
      'Border to stay closed',
      'Health Minister Anna Berg released a statement on Monday saying the border would remain closed until further notice.',
    );
    expect(attribution(article, 'the border would remain closed')).toMatchObject({ kind: 'reported', speaker: 'Anna Berg' });
  });

  test('an unnamed issuer leaves the content unattributed, never given to "a statement"', () => {
    const article = analyze('Border to stay closed', 'The ministry issued a statement on Monday saying the border would remain closed.');
    expect(attribution(article, 'the border would remain closed')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('"saying" after other objects is left to the other readings', () => {
    const text = 'She signed a letter saying the plan was wrong.';
    expect(bareParticipleJoin(text, 0, text.indexOf('saying'))).toBeNull();
    const statement = 'She issued a short statement saying the plan was wrong.';
    expect(bareParticipleJoin(statement, 0, statement.indexOf('saying'))).toBe(statement.indexOf(' saying'));
  });
});

// Global Voices 2012 (CC BY 3.0), development half of the corpus.
test('"Justice Minister, Sebastian Zulu, quickly issued a statement that was placed on … saying …:" sets off his words', () => {
  const article = analyze(
    'Zambia: Judge suspensions',
    'Justice Minister, Sebastian Zulu, quickly issued a statement that was placed on the state house website saying the judiciary was panicking, ordering the Solicitor-General to overturn the ruling:',
    'I have ordered the solicitor General to immediately have that stay revoked on the ground that under section 16 of the state proceedings Act. An Injunction may not be granted against the state."',
    '"An Order of stay is in fact a mandatory injunction which is ordering that the  tribunal should not take off, That is what the law does not allow. It (law) doesn\'t allow such an order as far as I a[m] concerned.',
  );
  expect(attribution(article, 'the judiciary was panicking')).toMatchObject({ kind: 'reported', speaker: 'Sebastian Zulu' });
  expect(attribution(article, 'I have ordered the solicitor General')).toMatchObject({ kind: 'direct', speaker: 'Sebastian Zulu' });
  expect(attribution(article, 'An Order of stay')).toMatchObject({ kind: 'direct', speaker: 'Sebastian Zulu' });
});

describe('a message someone wrote or posted, then "asking", "urging", "blaming" or "accusing"', () => {
  // English Wikinews 2019, wikinews-uk-urges-us-waive-immunity-diplomats-wife-2019-10-10 (development half).
  test('"X wrote to the US Embassy in London asking to …" is X\'s request', () => {
    const article = analyze(
      'UK urges US to waive immunity of diplomat’s wife',
      "Northamptonshire's chief constable Nick Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity.",
    );
    expect(attribution(article, 'to waive her diplomatic immunity')).toMatchObject({ kind: 'reported', speaker: 'Nick Adderley', cue: 'asking' });
  });

  test('the participle hangs on the clause after a written or posted message, not after a signed letter', () => {
    const posted = 'US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks.';
    expect(bareParticipleJoin(posted, 0, posted.indexOf('blaming'))).toBe(posted.indexOf(' blaming'));
    const wrote = "Northamptonshire's chief constable Nick Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity.";
    expect(bareParticipleJoin(wrote, 0, wrote.indexOf('asking'))).toBe(wrote.indexOf(' asking'));
    // English Wikinews 2020, wikinews-gsa-begins-presidential-transition-biden-2020-11-26 (development half).
    const signed =
      'Over 100 Republican national security experts signed an open letter urging Republican officials to push the president to concede the election.';
    expect(bareParticipleJoin(signed, 0, signed.indexOf('urging'))).toBeNull();
  });
});

describe('a speech participle and its that-clause right after the clause, with no comma', () => {
  // Global Voices 2012, gv-indonesia-lady-gaga-concert-permit-denied-2012-05-16 (development half).
  test('"X supported the concert arguing that …" is X\'s argument', () => {
    const article = analyze(
      'Indonesia: Lady Gaga Concert Permit Denied',
      "Meanwhile, the Christian Indonesian Church Council (PGI) supported the concert arguing that it's a part of the country's freedom of expression.",
    );
    expect(attribution(article, "it's a part of the country's freedom")).toMatchObject({ kind: 'reported', speaker: 'Christian Indonesian Church Council' });
  });

  // Global Voices 2012, gv-spain-indignados-15m-barcelona-2012-05-16 (development half).
  test('"he commented to sum it up explaining that …" goes on from the one who commented', () => {
    const article = analyze(
      'Spain: The Indignados Walk to Barcelona',
      'Sixty-nine year old Josep Maria did the same when it arrived to the Les Corts neighborhood.',
      '“We denounce is that in our society nobody cares about inequality," he commented to sum it up explaining that has researched and asked about the income levels of Spanish people - without success - to elaborate his own Lorenz curve.',
    );
    expect(attribution(article, 'has researched and asked')).toMatchObject({ kind: 'reported', speaker: 'Josep Maria' });
  });

  test('a document, a piece of writing, a person or a name before the participle may be its own subject', () => {
    for (const text of [
      'Experts say the deal had been killed because of reports stating that the deal had favored Boeing.',
      'She signed a letter saying that the plan was wrong.',
      'The paper quoted an official saying that the plan was wrong.',
      'The court will make an Order declaring that the advice was unlawful.',
    ])
      expect(bareParticipleJoin(text, 0, text.search(/\b\p{Ll}+ing that/u))).toBeNull();
  });
});

// Wikinews, "Fire at parking structure closes Sola Airport in Norway" (2020-01-10, CC BY 2.5), development half.
test('"Solberg posted on Twitter asking for places to eat …": what a post asked for is the poster\'s request', () => {
  const article = analyze(
    'Fire at parking structure closes Sola Airport in Norway',
    'The airport closure also led to Norwegian Prime Minister Erna Solberg being stranded after a visit to the Johan Sverdrup oil field. Solberg posted on Twitter asking for places to eat for the seven hour drive from Stavanger to the capital of Oslo.',
  );
  const quote = quotesOf(article).find((q) => q.text.includes('places to eat'));
  expect(quote?.kind).toBe('reported');
  expect(article.entities.find((e) => e.id === quote?.speakerId)?.name).toBe('Erna Solberg');
});

describe('a filing, then "claiming" and a clause with no comma', () => {
  // English Wikinews 2019, wikinews-sixteen-states-sue-trump-border-emergency-2019-02-21 (development half).
  test('"… filed a motion claiming the state of emergency is unconstitutional and violated their property rights" is reported', () => {
    const article = analyze(
      'Sixteen states sue U.S. President Trump',
      'On Friday, an environmental group and private property owners from the border state of Texas filed a motion claiming the state of emergency is unconstitutional and violated their property rights.',
    );
    expect(attribution(article, 'the state of emergency is unconstitutional and violated their property rights')).toMatchObject({
      kind: 'reported',
      cue: 'claiming',
    });
  });

  test('the participle hangs on the clause after a filing, with where it was filed', () => {
    const text = 'The group filed a lawsuit in the U.S. District Court claiming the rule is illegal.';
    expect(bareParticipleJoin(text, 0, text.indexOf('claiming'))).toBe(text.indexOf(' claiming'));
    const damages = 'The company filed a lawsuit claiming damages.';
    expect(quotesOf(analyze('Lawsuit', damages))).toEqual([]);
  });
});

// wikinews-israel-announces-gaza-ceasefire-rockets-continue-2009-01-17 (development half).
test('"Hamas issued a statement following the press conference saying …": what it says after the occasion is Hamas\'s', () => {
  const article = analyze(
    'Israel announces ceasefire in Gaza Strip; rocket fire into Israel continues',
    'Hamas issued a statement following the press conference saying the ceasefire is not enough and that their resistance will continue.',
  );
  expect(attribution(article, 'the ceasefire is not enough')).toMatchObject({ kind: 'reported', speaker: 'Hamas' });
  expect(attribution(article, 'their resistance will continue')).toMatchObject({ kind: 'reported', speaker: 'Hamas' });
});

describe('a statement issued or a letter written, then a participle whose object is what it said', () => {
  // wikinews-ryanair-sack-sue-pilot-safety-documentary-2013-08-15 (development half).
  test('"Ryanair issued a statement confirming legal proceedings have been begun …" reports the airline\'s clause', () => {
    const article = analyze(
      'Ryanair sack, sue pilot over participation in safety documentary',
      'Irish budget airline Ryanair have dismissed pilot John Goss, who has worked with the airline for 25 years, over remarks he made in a documentary about safety at the airline. Ryanair issued a statement confirming legal proceedings have been begun against Goss.',
    );
    expect(attribution(article, 'legal proceedings have been begun against Goss')).toMatchObject({ kind: 'reported', speaker: 'Ryanair' });
  });

  // gv-india-tamil-nadu-anti-nuclear-crackdown-2012-05-16 (development half).
  test('"Amnesty International has written a letter to the Prime Minister expressing their dismay …" is the letter\'s writer\'s', () => {
    const article = analyze(
      'India: Crackdown on Tamil Nadu Anti-Nuclear Plant Protests',
      "A Public Interest Litigation (PIL) has also been filed against KKNPP at India's Supreme Court. Amnesty International has written a letter to the Prime Minister expressing their dismay on the detainment of the protesters.",
    );
    expect(attribution(article, 'their dismay on the detainment of the protesters')).toMatchObject({ kind: 'reported', speaker: 'Amnesty International' });
  });

  // wikinews-suicide-bombing-somali-hotel-kills-fifteen-2009-12-03 (development half).
  test('"… has issued a statement condemning the attack and expressing outrage …": the union\'s outrage, not "a statement"\'s', () => {
    const article = analyze(
      'At least fifteen killed after suicide bombing in Somali hotel',
      'Two journalists, a reporter for Radio Shabelle and a cameraman with al-Arabia TV, were also found dead from the explosion. The National Union of Somali Journalists has issued a statement condemning the attack and expressing outrage at the loss of their colleagues.',
    );
    expect(attribution(article, 'outrage at the loss of their colleagues')).toMatchObject({
      kind: 'reported',
      speaker: 'National Union of Somali Journalists',
    });
    expect(article.entities.map((e) => e.name)).not.toContain('a statement');
  });

  test('a participle after a thing made, not a statement or a letter, reports nothing', () => {
    const article = analyze(
      'Plant',
      'The company has built a new plant confirming its place in the market. The engineers wrote a program expressing the data as a table.',
    );
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });
});
