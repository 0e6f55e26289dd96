import { describe, expect, test } from 'vitest';
import { announcedObjectEnd, announcesNoun, announcesObject, objectAlone } from '../../../../../src/core/engine/attribution/reported/announcedObject';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/announcedObject.ts: a short noun phrase an announcing verb takes as what was said.

describe('a short object of "announced", "acknowledged", "alleged", "reports"', () => {
  // English Wikinews 2020, wikinews-elizabeth-warren-endorses-joe-biden-2020-04-16 (development half).
  test('"A and B announced their own support for Biden" reports the support', () => {
    const article = analyze(
      'Elizabeth Warren endorses Joe Biden',
      'The move came shortly after fellow former presidential candidate Bernie Sanders and former president Barack Obama announced their own support for Biden.',
    );
    expect(attribution(article, 'their own support for Biden')).toMatchObject({ kind: 'reported' });
    expect(['Bernie Sanders', 'Barack Obama']).toContain(attribution(article, 'their own support for Biden').speaker);
  });

  // English Wikinews 2019, wikinews-erdogan-hagia-sophia-mosque-2019-03-31 (development half).
  test('"He announced this change by live television on Wednesday …": the object ends before how it was announced', () => {
    const article = analyze(
      'Erdogan to turn Hagia Sophia into a mosque',
      'On Wednesday, the Turkish President Recep Tayyip Erdoğan pledged converting Hagia Sophia to a mosque. He announced this change by live television on Wednesday and again verbally in a rally on Friday, despite criticism by the Greek foreign minister.',
    );
    expect(attribution(article, 'this change')).toMatchObject({ kind: 'reported', speaker: 'Recep Tayyip Erdoğan', cue: 'He announced' });
  });

  // English Wikinews 2019, wikinews-elijah-cummings-dies-2019-10-18 (development half).
  test('"Trump noted his "strength, passion and wisdom" on Twitter": the object and the words in marks, before "on"', () => {
    const article = analyze('Elijah Cummings dies', 'Republican President Trump noted his "strength, passion and wisdom" on Twitter.');
    expect(quotesOf(article).map((q) => [q.kind, q.text])).toEqual([
      ['reported', 'his "strength, passion and wisdom"'],
      ['direct', 'strength, passion and wisdom'],
    ]);
    expect(attribution(article, 'his "strength')).toMatchObject({ speaker: 'Trump', cue: 'Republican President Trump noted' });
  });

  test("a comma inside the object's quote marks does not end it", () => {
    const text = 'noted his "strength, passion and wisdom" on Twitter';
    expect(text.slice(5, announcedObjectEnd(text, 5, text.length))).toBe(' his "strength, passion and wisdom"');
  });

  // English Wikinews 2019, wikinews-hungarian-state-firm-acquires-hirtenberger-defence-2019-11-07 (development half).
  test('"X also acknowledged the deal" reports the deal as what X granted', () => {
    const article = analyze('Hungarian state firm acquires Hirtenberger Defence', 'Hirtenberger Defence Group also acknowledged the deal.');
    expect(attribution(article, 'the deal')).toMatchObject({ kind: 'reported', speaker: 'Hirtenberger Defence Group' });
  });

  // English Wikinews 2019-11-01, "O'Rourke ends US presidential bid" (fresh page).
  test('"X, who was a candidate …, announced the end of his campaign" reports the end', () => {
    const article = analyze(
      "O'Rourke ends US presidential bid",
      "On Friday, Beto O'Rourke, who was a candidate in the Democratic primary for the 2020 United States presidential election, announced the end of his campaign.",
    );
    expect(attribution(article, 'the end of his campaign')).toMatchObject({ kind: 'reported', speaker: "Beto O'Rourke" });
  });

  test('a name, a time or people after the verb are no announced object', () => {
    expect(announcesObject('announced', ' this change by live television')).toBe(true);
    expect(announcesObject('alleged', ' Iranian involvement.')).toBe(true);
    expect(announcesObject('announced', ' Tomas Reinholt as the winner')).toBe(false);
    expect(announcesObject('announced', ' this week the plan')).toBe(false);
    expect(announcesObject('acknowledged', ' the crowd')).toBe(false);
    expect(announcesObject('said', ' the deal')).toBe(false);
    const quotes = quotesOf(analyze('Fans cheer', 'The captain acknowledged the crowd after the match.'));
    expect(quotes).toEqual([]);
  });

  // English Wikinews 2019, "Puerto Rico governor announces resignation" (fresh page).
  test('the object ends at a comma', () => {
    const text = "Ricardo Llerandi, Rosselló's chief of staff, also announced his resignation effective next Wednesday, July 31.";
    const start = text.indexOf('his resignation');
    expect(text.slice(start, announcedObjectEnd(text, start, text.length - 1))).toBe('his resignation effective next Wednesday');
  });
});

describe("a speaker's declared stand after a stating verb", () => {
  // wikinews-tesco-sells-polish-branch-salling-group-2020-06-21 (development half).
  test('"Tesco stated its intention to leave the Polish market altogether, …" reports the intention, up to the comma', () => {
    const article = analyze(
      'Tesco sells Polish branch to Salling Group',
      'British retailer Tesco sold its Polish branch. Tesco stated its intention to leave the Polish market altogether, Salling its intention to strengthen its Netto chain in Poland.',
    );
    expect(attribution(article, 'its intention to leave the Polish market altogether')).toMatchObject({ kind: 'reported', speaker: 'Tesco' });
    expect(quotesOf(article).find((q) => q.text.startsWith('its intention'))?.text).toBe('its intention to leave the Polish market altogether');
  });

  test('a noun that is no declared stand after "stated" or "declared" is no object read this way', () => {
    expect(announcesObject('stated', ' its intention to leave the market')).toBe(true);
    expect(announcesObject('declared', ' their support for the plan')).toBe(true);
    expect(announcesObject('stated', ' the obvious to everyone')).toBe(false);
    expect(announcesObject('declared', ' his assets to the tax office')).toBe(false);
    expect(announcesObject('declared', ' a state of emergency')).toBe(false);
  });

  // wikinews-istanbul-court-acquits-pinar-selek-fourth-time-2014-12-20 (development half; docs/annotation-guide.md).
  test('"Selek has indicated a desire to return to Turkey with her name cleared" reports the desire as hers', () => {
    const article = analyze(
      'Istanbul court acquits Pinar Selek',
      'Sociologist Pinar Selek lives in France. Selek has indicated a desire to return to Turkey with her name cleared.',
    );
    expect(attribution(article, 'a desire to return to Turkey with her name cleared')).toMatchObject({ kind: 'reported', speaker: 'Pinar Selek' });
  });

  // wikinews-kaczynski-stricter-punishments-child-abusers-2019-05-15 (development half).
  test('"Kaczyński … publicly declared intent to impose stricter punishment" reports the intent, with no article before it', () => {
    const article = analyze(
      'Kaczyński calls for stricter punishments',
      'On Sunday, Polish leader Jarosław Kaczyński of the conservative Law and Justice Party publicly declared intent to impose stricter punishment for child sexual abuse.',
    );
    expect(attribution(article, 'intent to impose stricter punishment for child sexual abuse')).toMatchObject({
      kind: 'reported',
      speaker: 'Jarosław Kaczyński',
    });
  });

  // wikinews-ryanair-sack-sue-pilot-safety-documentary-2013-08-15 and wikinews-birther-king-announces-2016-campaign-2015-08-16
  // (development half): a stating or showing verb, a noun of wanting or intending, then "to" and a verb.
  test('"stated an intent to", "expresses a desire to", "indicated a desire to" read the aim; not a "to" before a determiner', () => {
    expect(announcesObject('stated', ' an intent to defend the legal action against them')).toBe(true);
    expect(announcesObject('expresses', ' a desire to participate in Republican presidential debates')).toBe(true);
    expect(announcesObject('indicated', ' a desire to return to Turkey')).toBe(true);
    expect(announcesObject('expressed', ' his support to the victims')).toBe(false);
    expect(announcesObject('indicated', ' a wish to the court')).toBe(false);
    expect(announcesObject('indicated', ' a change to come')).toBe(false);
    expect(announcesObject('expressed', ' interest in the plan')).toBe(false);
  });
});

describe('an announced death, and an object whose next act shares its subject', () => {
  // wikinews-burundi-president-nkurunziza-dies-2020-06-11 (development half).
  test('"The government of Burundi on Tuesday announced his death and announced the cause …" reports "his death", the government\'s', () => {
    const article = analyze(
      'Burundi President Pierre Nkurunziza dies',
      'Pierre Nkurunziza, the President of Burundi, died on Monday. The government of Burundi on Tuesday announced his death and announced the cause of death as a cardiac arrest.',
    );
    expect(attribution(article, 'his death')).toMatchObject({ kind: 'reported', speaker: 'government of Burundi' });
  });

  test('"announced" takes a death a possessive owns; "reports" the death of someone does not', () => {
    expect(announcesObject('announced', " the President's death with great sorrow")).toBe(true);
    expect(announcesObject('announced', ' his death')).toBe(true);
    expect(announcesObject('reported', ' his death')).toBe(false);
    expect(announcesObject('reported', ' the death of a driver')).toBe(false);
  });

  test('an object is read alone only when an "and" and the next act follow it, and it holds no verb', () => {
    expect(objectAlone('announced', ' his resignation', ' and said the plan was dead.')).toBe(true);
    expect(objectAlone('announced', ' his resignation', ' in a video.')).toBe(false);
    expect(objectAlone('announced', ' the team was disbanded', ' and left.')).toBe(false);
    // fresh Wikinews, September 2020 (Navalny): an irregular past makes the words a clause.
    expect(objectAlone('announced', " the tests by a military laboratory found Novichok in Navalny's blood", ', and said there was proof.')).toBe(false);
  });
});

describe('an announced death', () => {
  // English Wikinews, 2020 (CC BY 2.5), development half.
  test("'announced the death on television' announces the death", () => {
    expect(announcesObject('announced', ' the death on television.')).toBe(true);
    expect(announcesObject('reported', ' the death of a driver')).toBe(false);
    const article = analyze('Former Egyptian president Mubarak dies', 'The government announced the death on television.');
    expect(attribution(article, 'the death')).toMatchObject({ kind: 'reported', cue: 'The government announced' });
  });
});

describe("a country's news service that announces a death", () => {
  // English Wikinews, 2020 (CC BY 2.5), development half.
  test("'The country's state news announced the death on television' is the news service's, unattributed", () => {
    const article = analyze(
      'Former Egyptian president Mubarak dies',
      "On Tuesday, Hosni Mubarak, the former President of Egypt, died aged 91 in a military hospital in Cairo, the country's capital. The country's state news announced the death on television. Cause of death was not announced.",
    );
    expect(attribution(article, 'the death')).toMatchObject({ kind: 'reported', speaker: null });
  });
});

// wikinews-slug-made-glues-closer-to-medicine-2019-04-11 (development half).
test('"scientists have disclosed new steps toward …": what is disclosed is reported', () => {
  const article = analyze(
    'Slug-made glues closer to medicine',
    'In two studies presented on Monday at the annual meeting of the American Society for Biochemistry and Molecular Biology in Orlando, Florida in the United States, scientists have disclosed new steps toward using natural adhesives made by the dusky Arion slug (Arion subfuscus) in medical applications such as in closing skin wounds and reducing scarring.',
  );
  expect(attribution(article, 'new steps toward using natural adhesives')).toMatchObject({ kind: 'reported', speaker: null, cue: 'scientists have disclosed' });
  expect(announcesObject('revealed', ' a deal whereby, on October 29, …')).toBe(true);
  expect(announcesObject('disclosed', ' this week')).toBe(false);
});

test('what a group announces is a noun phrase it made known; a desire it expressed is not', () => {
  expect(announcesNoun('announced', ' stricter measures to inhibit the disease from spreading')).toBe(true);
  expect(announcesNoun('expressed', ' a strong desire to have SSL supported at all times')).toBe(false);
  expect(announcesNoun('announced', ' this week')).toBe(false);
});

describe('a counted object of "confirmed" or "reported" after "has"', () => {
  // wikinews-bangladesh-five-new-covid-19-deaths-daily-highest-2020-04-08 (development half).
  test('"Bangladesh has confirmed five new deaths due to COVID-19 on the day" reports the figure as Bangladesh\'s', () => {
    const article = analyze(
      'Bangladesh reports five new deaths due to COVID-19, a daily highest',
      'Yesterday, Bangladesh has confirmed five new deaths due to COVID-19 on the day. This is the highest number of fatalities in a day due to the virus.',
    );
    expect(attribution(article, 'five new deaths due to COVID-19 on the day')).toMatchObject({
      kind: 'reported',
      speaker: 'Bangladesh',
      cue: 'Bangladesh has confirmed',
    });
  });

  // wikinews-samoa-measles-vaccination-shutdown-2019-12-07 (development half).
  test('"the government has reported more cases of measles, including 165 …" reports the cases, unattributed', () => {
    const article = analyze(
      'Samoa shuts down for measles vaccination',
      'Since then, the government has reported more cases of measles, including 165 in the single day before the shutdown began.',
    );
    expect(attribution(article, 'more cases of measles')).toMatchObject({ kind: 'reported', cue: 'the government has reported' });
  });

  test('a time or people counted after the verb are no figure given out', () => {
    expect(announcesObject('confirmed', ' two weeks ago that it would act')).toBe(false);
    expect(announcesObject('reported', ' two suspects to police')).toBe(false);
    expect(announcesObject('confirmed', ' five new deaths')).toBe(true);
  });
});

describe('a fact confirmed, and a plan or finding outlined', () => {
  // wikinews-lost-52-project-finds-grayback-okinawa-2019-11-13 (Wikinews, CC BY 2.5), development half.
  test('"The United States Navy confirmed the discovery.": the fact confirmed is what the body said', () => {
    const article = analyze('Lost 52 Project finds the Grayback', 'The United States Navy confirmed the discovery.');
    expect(attribution(article, 'the discovery')).toMatchObject({ kind: 'reported', speaker: 'United States Navy' });
  });

  test('"The Senate confirmed his nomination on Tuesday": a vote on a nominee, no words', () => {
    expect(quotesOf(analyze('Nominee confirmed', 'The Senate confirmed his nomination on Tuesday.'))).toEqual([]);
  });

  // wikinews-usa-gymnastics-board-resigning-after-sex-abuse-2018-01-27 (Wikinews, CC BY 2.5), development half.
  test('"Blackmun also outlined a number of additional steps demanded by USOC …": the steps set out are what he said', () => {
    const article = analyze(
      'USA Gymnastics board resigning',
      'United States Olympic Committee chief executive Scott Blackmun said the board must resign. Blackmun also outlined a number of additional steps demanded by USOC or face immediate decertification.',
    );
    expect(attribution(article, 'a number of additional steps demanded by USOC')).toMatchObject({ kind: 'reported', speaker: 'Scott Blackmun' });
  });
});

describe('plans made known with no determiner', () => {
  // Wikinews 2017 (CC BY 2.5), wikinews-us-government-report-says-climate-change-is-human-made-2017-11-04 (development half).
  test('"President Trump has announced plans to withdraw …" reports the plans with all their clause', () => {
    const article = analyze(
      'US government report says climate change is human-made',
      'President Trump has announced plans to withdraw the United States form the Paris Climate Accords, in which participating countries pledge to reduce carbon emissions, and to loosen federal laws regulating fossil fuels.',
    );
    expect(attribution(article, 'plans to withdraw the United States form the Paris Climate Accords, in which')).toMatchObject({
      kind: 'reported',
      speaker: 'Trump',
    });
  });

  test('plans with nothing they are to, for or of report nothing', () => {
    const article = analyze('Council news', 'President Trump has announced plans, and the council will meet on Monday.');
    expect(quotesOf(article)).toEqual([]);
  });
});
