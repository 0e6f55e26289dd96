import { describe, expect, test } from 'vitest';
import { actsInWords, deniedNounEnd, prepositionObject } from '../../../../../src/core/engine/attribution/reported/actObject';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/actObject.ts: a light verb whose object is an act done in words ("raised questions", "issued warnings").

describe('a light verb and a speech act as its object', () => {
  // wikinews-millions-dont-turn-up-to-storm-area-51-2019-09-22 (development half).
  test('"The Air Force issued warnings against attempts to enter …" reports the warnings', () => {
    const article = analyze(
      "Millions don't turn up to storm Area 51",
      'The Air Force issued warnings against attempts to enter the restricted zone of the base, saying it was dangerous.',
    );
    expect(attribution(article, 'warnings against attempts to enter the restricted zone of the base')).toMatchObject({ kind: 'reported' });
    expect(attribution(article, 'warnings against attempts to enter the restricted zone of the base').speaker).toMatch(/Air Force/);
  });

  // wikinews-engineer-killed-travelator-london-waterloo-2019-09-20 (development half).
  test('"The mayor of London, Sadiq Khan, gave his condolences via Twitter, …" reports the condolences, his', () => {
    const article = analyze(
      'Engineer killed by travelator at London Waterloo',
      'The mayor of London, Sadiq Khan, gave his condolences via Twitter, adding, "An urgent enquiry into what happened is underway to ensure it cannot happen again."',
    );
    expect(attribution(article, 'his condolences via Twitter')).toMatchObject({ kind: 'reported', speaker: 'Sadiq Khan' });
  });

  // wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30 (development half).
  test('"Other critics … raised questions about Harris\' eligibility, which Trump also briefly entertained" ends before the relative', () => {
    const article = analyze(
      'On the campaign trail',
      "Trump questioned the selection. Other critics outside the Democratic party raised questions about Harris' eligibility, which Trump also briefly entertained.",
    );
    expect(attribution(article, "questions about Harris' eligibility")).toMatchObject({ kind: 'reported', speaker: null });
  });

  // The same article: what a decision did is no one's words.
  test('"… to take place at the White House raised ethics questions as well" is not the White House\'s', () => {
    const article = analyze(
      'On the campaign trail',
      "Trump's decision to allow part of the convention to take place at the White House raised ethics questions as well.",
    );
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  test('the object must be a speech act, and not a quotation a colon opens', () => {
    expect(actsInWords('raised', ' questions about the plan')).toBe(true);
    expect(actsInWords('issued', ' a stern warning to drivers')).toBe(true);
    expect(actsInWords('raised', ' funds for the victims')).toBe(false);
    expect(actsInWords('issued', ' a passport to him')).toBe(false);
    expect(actsInWords('gave', ' a dire warning in a press release:')).toBe(false);
    expect(actsInWords('said', ' questions about the plan')).toBe(false);
    expect(actsInWords('gave', ' his deepest condolences to the family')).toBe(true);
    expect(actsInWords('raised', ' serious concerns over the deal')).toBe(true);
    // fresh Wikinews, 2019: a weather service's warning is a product it puts out, not words said.
    expect(actsInWords('issued', ' a flash flood warning covering an area from Gulfport')).toBe(false);
    expect(actsInWords('issued', ' a hurricane warning in the northwestern Bahamas')).toBe(false);
  });

  test("a subject after a preposition is no speaker's", () => {
    expect(prepositionObject('take place at the White House raised', 'take place at the '.length)).toBe(true);
    expect(prepositionObject('The Air Force issued', 4)).toBe(false);
  });
});

describe('a verb that repeats, seconds or rejects an act in words as its object', () => {
  // wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30 (development half).
  test('"Trump repeated his claim mail-in voting would be fraudulent" reports the claim, his', () => {
    const article = analyze(
      'On the campaign trail',
      "Trump repeated his claim mail-in voting would be fraudulent. In addition, he initiated several lawsuits challenging certain states' mail-in voting procedures.",
    );
    expect(attribution(article, 'his claim mail-in voting would be fraudulent')).toMatchObject({ kind: 'reported', speaker: 'Trump' });
  });

  // wikinews-world-leaders-amazon-fires-g7-2019-08-24 (development half).
  test('"Merkel seconded Macron\'s recommendation the fires be added to the agenda" reports the recommendation, hers', () => {
    const article = analyze(
      'World leaders discuss Amazon fires at G7',
      "German Chancellor Angela Merkel spoke on Friday. Merkel seconded Macron's recommendation the fires be added to the agenda.",
    );
    expect(attribution(article, "Macron's recommendation the fires be added to the agenda")).toMatchObject({ kind: 'reported', speaker: 'Angela Merkel' });
  });

  // voa-learningenglish-north-korea-expels-bbc-journalists-2016-05-10 (development half).
  test('"South Korea’s Defense Ministry rejected Kim’s assertion that …" reports the assertion, the ministry\'s', () => {
    const article = analyze(
      'North Korea expels BBC journalists',
      'South Korea’s Defense Ministry rejected Kim’s assertion that North Korea is a nuclear power.',
    );
    expect(attribution(article, 'Kim’s assertion that North Korea is a nuclear power')).toMatchObject({ kind: 'reported' });
    expect(attribution(article, 'Kim’s assertion that North Korea is a nuclear power').speaker).toMatch(/Defense Ministry/);
  });

  // gv-russia-violence-opposition-debate-tactics-2012-05-07 (development half).
  test('"Sobchak affirmed her commitment to …" reports the commitment and ends before her next act', () => {
    const article = analyze(
      'Russia: Violence and the opposition',
      'Russian celebrity and recent oppositionist figure Ksenia Sobchak also weighed in on the sit-in. Echoing Panfilova\'s critique, Sobchak affirmed her commitment to peaceful resistance and gradual "perestroika," rejecting the radicalization of protest tactics.',
    );
    expect(attribution(article, 'her commitment to peaceful resistance')).toMatchObject({ kind: 'reported', speaker: 'Ksenia Sobchak' });
    expect(quotesOf(article).find((q) => q.text.startsWith('her commitment'))?.text).toBe('her commitment to peaceful resistance and gradual "perestroika,"');
  });

  // wikinews-ingrid-betancourt-returns-to-france-2008-07-04 (development half).
  test('"Betancourt also rejected the idea that …" reports the idea the that-clause spells out, hers', () => {
    const article = analyze(
      'Ingrid Betancourt returns to France',
      'Íngrid Betancourt arrived in Paris on Friday. Betancourt also rejected the idea that the rescue operation was staged to cover up ransom payments to FARC.',
    );
    expect(attribution(article, 'the idea that the rescue operation was staged to cover up ransom payments to FARC')).toMatchObject({ kind: 'reported' });
    expect(attribution(article, 'the idea that the rescue operation was staged').speaker).toMatch(/Betancourt/);
    expect(actsInWords('rejected', ' the idea of a merger with the rival firm')).toBe(false);
    expect(actsInWords('dismissed', ' the notion that the vote was rigged')).toBe(false);
    // wikinews-rights-group-afghanistan-phosphorus-claim-2009-05-11.
    expect(actsInWords('denied', ' the reports that 147 civilians had been killed in the raid')).toBe(true);
  });

  test('without a speech act as the object the verb reports nothing: an experiment, a motion, a claim for damages', () => {
    const article = analyze(
      'Headline',
      "The team repeated the experiment three times. Smith seconded the motion. The court rejected the claim for damages. The council rejected the union's demands.",
    );
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
    expect(actsInWords('repeated', ' the experiment three times')).toBe(false);
    expect(actsInWords('repeated', ' his warning to drivers')).toBe(true);
    expect(actsInWords('rejected', ' his claim to the estate')).toBe(false);
    expect(actsInWords('rejected', ' the allegations of corruption')).toBe(true);
    expect(actsInWords('rejected', " the union's demands")).toBe(false);
    expect(actsInWords('affirmed', ' the conviction')).toBe(false);
    expect(actsInWords('denied', ' any allegation of quid pro quo')).toBe(true);
    expect(actsInWords('denied', ' his claim for asylum')).toBe(false);
    expect(actsInWords('denied', ' the request')).toBe(false);
  });
});

describe('a rejected thought, not a relative clause on the noun', () => {
  test('"rejected the report that the committee published last week" rejects a document, not words that it holds', () => {
    expect(actsInWords('rejected', ' the report that the parliamentary committee published last week as biased.')).toBe(false);
    expect(actsInWords('rejected', ' the idea that was floated by the unions last month.')).toBe(false);
  });

  // wikinews-ingrid-betancourt-returns-to-france-2008-07-04 (development half).
  test('"rejected the idea that the rescue operation was staged" still reports the denial', () => {
    expect(actsInWords('rejected', ' the idea that the rescue operation was staged to cover up ransom payments to FARC.')).toBe(true);
    expect(actsInWords('rejected', ' the suggestion that German troops had been involved in the raid.')).toBe(true);
  });
});

describe('a denial and the charge it answers', () => {
  test('a charge owned by the denier: "North Korea has continually denied its involvement in the warship\'s sinking" (wikinews-us-south-korea-naval-exercises-warship-sinking-2010-05-24)', () => {
    expect(actsInWords('denied', " its involvement in the warship's sinking")).toBe(true);
    expect(actsInWords('denies', ' his guilt')).toBe(true);
  });

  test('near miss: what a possessive withholds is no charge ("denied his request")', () => {
    expect(actsInWords('denied', ' his request for bail')).toBe(false);
  });

  // wikinews-french-journalists-claim-gaddafi-promised-sarkozy-campaign-2012-04-29 (held-out gold of session 36, now dev).
  test('"Sarkozy, who was spokesman for that campaign, denies wrongdoing in relation to it" reports the denial, his', () => {
    const article = analyze(
      'French journalists claim Gaddafi promised Sarkozy campaign €50 million',
      'An investigation is already ongoing into Takieddine. Takieddine is accused of illegally financing Edouard Balladur in an unsuccessful presidential bid in 1995. Sarkozy, who was spokesman for that campaign, denies wrongdoing in relation to it.',
    );
    expect(attribution(article, 'wrongdoing in relation to it')).toMatchObject({ kind: 'reported', speaker: 'Sarkozy' });
  });

  // wikinews-sadc-calls-for-transparent-mozambique-elections-2009-10-21 (held-out gold of session 36, now dev).
  test('"he said, denying opposing accusations that previous elections were skewed …" reports what the participle denies', () => {
    const article = analyze(
      'SADC calls for transparent Mozambique elections',
      "Felizeberto Nice, director general of the technical secretariat of Mozambique's National Electoral Commission, said that the electoral body is working closely with the SADC observer mission to ensure a peaceful election.",
      'Nice expressed confidence the election would be credible. "We think that we are prepared to run this election," he said, denying opposing accusations that previous elections were skewed in favor of the ruling party.',
    );
    expect(attribution(article, 'opposing accusations that previous elections were skewed in favor of the ruling party')).toMatchObject({
      kind: 'reported',
      speaker: 'Felizeberto Nice',
    });
  });

  // wikinews-malaysia-airlines-flight-17-shot-down-eastern-ukraine-2014-07-18 (development half).
  test('"Russia\'s defense ministry has denied involvement, posting a statement …" reports the one word, no more', () => {
    const article = analyze(
      'Malaysia Airlines Flight 17 shot down over eastern Ukraine',
      'Meanwhile, Russia\'s defense ministry has denied involvement, posting a statement on their website which read, "In view of various types of speculation concerning operations of the Russian armed forces in the areas bordering Ukraine, we affirm that the anti-aircraft means of the Russian armed forces did not operate in that region July 17".',
    );
    expect(
      quotesOf(article)
        .filter((q) => q.kind === 'reported')
        .map((q) => q.text),
    ).toEqual(['involvement']);
  });

  // wikinews-brazilian-footballer-ex-policeman-arrested-barbaric-murder-2010-07-11 (development half).
  test('"Fernandes denied any involvement, claiming a "clear conscience"": "any" before the charge still reports it', () => {
    const article = analyze(
      'Brazilian footballer arrested',
      'Goalkeeper Bruno Fernandes was arrested on Wednesday. Fernandes denied any involvement, claiming a "clear conscience".',
    );
    expect(attribution(article, 'any involvement')).toMatchObject({ kind: 'reported', speaker: 'Bruno Fernandes' });
  });

  test('"denied any entry to the visitors": what a denial withholds is no charge, with "any" too', () => {
    const article = analyze('Club bars visitors', 'Manager Bruno Fernandes denied any entry to the visitors, claiming the ground was full.');
    expect(quotesOf(article).filter((q) => q.text.includes('entry'))).toEqual([]);
  });

  // wikinews-english-court-jails-policeman-insurance-fraud-2010-06-30 (held-out gold of session 36, now dev).
  test('"The pair denied wrongdoing but were convicted …": the charge alone is what was denied', () => {
    const text = 'The pair denied wrongdoing but were convicted of conspiring to commit insurance fraud after trial.';
    const start = text.indexOf('wrongdoing');
    expect(text.slice(start, deniedNounEnd('denied', text, start, text.length - 1))).toBe('wrongdoing');
    expect(deniedNounEnd('said', text, start, text.length - 1)).toBe(text.length - 1);
  });

  test('what a denial withholds is no charge: "denied entry", "denied bail", "denied access to the debates"', () => {
    expect(actsInWords('denied', ' wrongdoing but were convicted')).toBe(true);
    expect(actsInWords('denying', ' opposing accusations that previous elections were skewed')).toBe(true);
    expect(actsInWords('denied', ' entry to all tournaments')).toBe(false);
    expect(actsInWords('denied', ' bail')).toBe(false);
    expect(actsInWords('denied', ' access to the debates')).toBe(false);
    expect(actsInWords('denied', ' funding for such a wall')).toBe(false);
    expect(actsInWords('rejected', ' wrongdoing')).toBe(false);
  });
});
