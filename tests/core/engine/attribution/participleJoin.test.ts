import { describe, expect, test } from 'vitest';
import { participleJoin } from '../../../../src/core/engine/attribution/participleJoin';
import { analyze, attribution } from './helpers';

// participleJoin.ts: where a participle cue hangs on the clause before it, whose subject then speaks. Sentences from the
// development half of tests/fixtures/real.

/** Where `participle` starts in `sentence`: the cue verb's offset. */
const verbAt = (sentence: string, participle: string) => sentence.indexOf(participle);

describe('a participle cue hangs on the clause before it', () => {
  // wikinews-fiancee-of-murdered-saudi-journalist-demands-justice-2019-09-29.
  test('"…, addressed reporters in New York, New York, calling for …" hangs at its comma, the name before it a possible speaker', () => {
    const sentence =
      'On Thursday, Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters in New York, New York, calling for the killers of Khashoggi to be brought to justice.';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'calling'))).toEqual({ at: sentence.indexOf(', calling'), afterComma: true });
  });

  // gv-lebanon-homophobic-article-university-newspaper-2012-05-09.
  test('"He began by saying:" hangs on "began": "by" and a participle of saying after a past verb', () => {
    const sentence = 'He began by saying:';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'saying'))).toEqual({ at: sentence.indexOf(' by'), afterComma: false });
  });

  // AMALGUM news (English Wikinews, CC BY 2.5), AMALGUM_news_bush (2008-03-19): fresh text in neither half.
  test('"Mr. Ahern started his speech by saying “…”" hangs on "started", what he started coming between', () => {
    const sentence =
      'Mr. Ahern started his speech by saying "Mr. President and Mrs. Bush, thank you for the welcome and honor which you\'ve extended to our delegation."';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'saying'))).toEqual({ at: sentence.indexOf(' by'), afterComma: false });
  });

  // wikinews-house-subpoenas-pompeo-as-ukraine-envoy-resigns-2019-09-30.
  test('"He continued by noting that …" hangs on "continued"', () => {
    const sentence =
      'He continued by noting that "Using government agencies to, if it\'s proven, to put your finger on the scale of an election, I don\'t think that’s right."';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'noting'))).toEqual({ at: sentence.indexOf(' by'), afterComma: false });
  });

  // wikinews-uk-urges-us-waive-immunity-diplomats-wife-2019-10-10.
  test('"… wrote to the US Embassy in London asking to waive …" hangs on the written message, with no comma', () => {
    const sentence = "Northamptonshire's chief constable Nick Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity.";
    expect(participleJoin(sentence, 0, verbAt(sentence, 'asking'))).toEqual({ at: sentence.indexOf(' asking'), afterComma: false });
  });

  // wikinews-uk-asylum-questionnaire-2023-02-23.
  test('"Sunak defended the government\'s record whilst promising …" hangs on the clause before "whilst"', () => {
    const sentence =
      'During Prime Minister\'s Questions Wednesday, Sunak defended the government\'s record whilst promising a "formal update" from Braverman is forthcoming:';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'promising'))).toEqual({ at: sentence.indexOf(' whilst'), afterComma: false });
  });
});

// wikinews-uk-urges-us-waive-immunity-diplomats-wife-2019-10-10.
test('"Nick Adderley wrote" hangs on nothing: no comma, "by" or message comes before it', () => {
  const sentence = "Northamptonshire's chief constable Nick Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity.";
  expect(participleJoin(sentence, 0, verbAt(sentence, 'wrote'))).toBeNull();
});

describe('"by saying" after a past verb and its object (AMALGUM_news_agrees)', () => {
  test("Ivan Lewis's words when he echoed Mujawar's statements by saying them are his", () => {
    const article = analyze(
      "International conference agrees on plan for Yemen's terror problem",
      'Ali Mujawar, the Prime Minister of Yemen, received this support warmly, but said that any attack on the nation\'s sovereignty would be considered "unacceptable". British Foreign Office Minister Ivan Lewis echoed Mujawar\'s statements by saying that Yemen is "not a failed state", but "an incredibly fragile state".',
    );
    expect(attribution(article, 'Yemen is "not a failed state"')).toMatchObject({ kind: 'reported', speaker: 'Ivan Lewis' });
    expect(attribution(article, 'an incredibly fragile state')).toMatchObject({ kind: 'direct', speaker: 'Ivan Lewis' });
  });
});

describe('"by saying that …" after a past verb and a name as its object: the subject speaks, not the one named', () => {
  // wikinews-english-court-jails-policeman-insurance-fraud-2010-06-30 (development half).
  test('"Potts defended Marsh by saying that he, too, had already suffered …" is Potts\'s', () => {
    const article = analyze(
      'English court jails policeman for insurance fraud',
      'Hood was defended by Michael Clare and Marsh by Richard Potts.',
      'Potts defended Marsh by saying that he, too, had already suffered from his actions.',
    );
    expect(attribution(article, 'he, too, had already suffered from his actions')).toMatchObject({ kind: 'reported', speaker: 'Richard Potts' });
  });

  // wikinews-controversies-eve-hong-kong-legislative-election-2016-09-03 (development half).
  test('"Fung Wah addressed them by saying that …" is Fung Wah\'s: a pronoun may be the past verb\'s object', () => {
    const article = analyze(
      'Controversies on eve of Hong Kong Legislative Council election',
      'The head of the Electoral Affairs Commission, Barnabus Fung Wah, responded to reports about the logistics of the ballot papers, saying that allowing the director of each polling station to take the ballot papers home and bring them to the polling stations on election day is more sound than trusting couriers.',
      "Fung Wah addressed them by saying that because the candidates can't drop out from the ballot paper after the nomination period by law, the candidates suspending their campaigns would not affect the election's fairness.",
    );
    expect(attribution(article, "because the candidates can't drop out")).toMatchObject({ kind: 'reported', speaker: 'Barnabus Fung Wah' });
  });

  test('a pronoun object and "by" before a participle that says nothing is no join: "welcomed them by singing"', () => {
    const sentence = 'Residents welcomed them by singing songs.';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'singing'))).toBeNull();
  });

  test('a name after "by" is the one saying: "was defended by Marsh saying that …" is no join', () => {
    const sentence = 'The officer was defended by Marsh saying that he had suffered.';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'saying'))).toBeNull();
  });
});

describe('"by pointing out that …" after a clause with a long object: the clause\'s subject speaks', () => {
  // wikinews-beachside-photos-new-jersey-governor-draw-criticism-2017-07-03 (held-out gold of session 37, now dev).
  test('"Christie defended his decision not to cancel his family\'s vacation plans by pointing out that …" is Christie\'s', () => {
    const sentence =
      "Christie defended his decision not to cancel his family's vacation plans by pointing out that many of New Jersey's beaches, over 100 miles (160 km) remained open to visitors and saying that he has the right to use the gubernatorial residence and that his visit required no government services.";
    expect(participleJoin(sentence, 0, verbAt(sentence, 'pointing'))).toEqual({ at: sentence.indexOf(' by'), afterComma: false });
    const article = analyze(
      'Beachside photos of New Jersey governor draw criticism',
      "On Sunday, a long-distance snapshot of New Jersey governor and former Republican United States presidential candidate Chris Christie and his family on a beach outside the gubernatorial residence in Island Beach State Park went public, raising criticism of the governor, who had ordered Island Beach and the rest of New Jersey's state parks closed the previous Friday amid a budget dispute.",
      sentence,
    );
    expect(attribution(article, "many of New Jersey's beaches")).toMatchObject({ kind: 'reported', speaker: 'Chris Christie' });
  });

  // wikinews-bush-social-security-price-indexing-2005-01-04 (development half).
  test('"President Bush will support the move … by pointing out that it was the approach recommended …" is Bush\'s', () => {
    const sentence =
      'President Bush will support the move to price indexing for calculating initial benefits by pointing out that it was the approach recommended by his 2001 Commission to Strengthen Social Security.';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'pointing'))).toEqual({ at: sentence.indexOf(' by'), afterComma: false });
  });

  test('a long object before "by" and a participle with no that-clause hangs on nothing', () => {
    const sentence = 'The council raised the money for the new library by saying so.';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'saying'))).toBeNull();
  });
});

describe('"by saying" that leads straight into the quotation', () => {
  // wikinews-venezuelan-president-chavez-criticises-bush-un-address-2006-09-22.
  test('"Chavez defended Morales in his speech by saying “…”" hangs on "defended", what and where coming between', () => {
    const sentence = 'Chavez defended Morales in his speech by saying "The imperialists see extremists everywhere."';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'saying'))).toEqual({ at: sentence.indexOf(' by'), afterComma: false });
  });

  // wikinews-international-conference-agrees-plan-yemen-terror-2010-01-27.
  test('"Miliband acknowledged that … by saying at a press conference, “…”" hangs on the speech verb before the that-clause', () => {
    const sentence = 'Miliband acknowledged that the solution was not simply a military one by saying at a press conference, "In tackling terrorism …"';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'saying'))).toEqual({ at: sentence.indexOf(' by'), afterComma: false });
  });

  test('"… explained why they focus … by saying" hangs on nothing: a clause of another subject comes between', () => {
    const sentence = 'An employee once explained why they focus on the long tail instead of bestsellers by saying, "We sold more books today."';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'saying'))).toBeNull();
  });

  test('"by saying" with no quotation after it is left to the other readings', () => {
    const sentence = 'Chavez defended Morales in his speech by saying the imperialists see extremists everywhere.';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'saying'))).toBeNull();
  });
});

describe('a participle of saying set off by a dash, leading into the quotation', () => {
  // wikinews-ahmadinejad-speaks-columbia-university-2007-09-24 (development half).
  test('"Ahmadinejad did not directly respond to the subject of Israel - stating “…”" is Ahmadinejad\'s', () => {
    const sentence =
      'Ahmadinejad did not directly respond to the subject of Israel - stating "We love all nations. We love the Jewish people. There are many Jews living in Iran, with peace and security.", and concluded that it was not a question of Israel\'s right to exist, but of Palestinian self-determination.';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'stating'))).toEqual({ at: sentence.indexOf(' - stating'), afterComma: false });
    const article = analyze(
      'Iranian President Ahmadinejad speaks at Columbia University',
      "The first question from the audience addressed the controversial issue of the leader's position on Israel. " + sentence,
    );
    expect(attribution(article, 'We love all nations.')).toMatchObject({ kind: 'direct', speaker: 'Ahmadinejad' });
  });

  // gv-brazil-digital-crimes-bill-2009-06-11 (development half).
  test('"the masks of democrats - arguing about freedom …" leads into no quotation and is no join', () => {
    const sentence =
      'Although they wear the masks of democrats - arguing about freedom when actually their interests are at stake, and trying to confuse “press freedom” with “company freedom” - the mass media companies are a child of the dictatorship.';
    expect(participleJoin(sentence, 0, verbAt(sentence, 'arguing'))).toBeNull();
  });
});
