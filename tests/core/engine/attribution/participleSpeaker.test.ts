import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// participleSpeaker.ts: a participle cue ("…, saying", "He began by saying:") is the words of the subject of the clause
// it hangs on; a gerund a preposition governs is no cue.

describe('"saying" without the comma before it', () => {
  test('"Matonga disputed Tsvangirai\'s claim saying, “…”" is Matonga’s, not Tsvangirai’s (fresh text, VOA)', () => {
    const article = analyze(
      'Zimbabwe Information Minister Says Tsvangirai Is Safe',
      'Zimbabwe\'s deputy information minister Bright Matonga spoke to VOA. Matonga disputed Tsvangirai\'s claim saying, "I feel very sad when I see him (Tsvangirai) being moved from one place to the other. He is very secure in Zimbabwe."',
    );
    expect(attribution(article, 'I feel very sad')).toMatchObject({ speaker: 'Bright Matonga' });
  });

  test('"… explained why they focus on the long tail by saying, “…”" does not give the quote to "they" (fresh text, GSA)', () => {
    const article = analyze(
      'The long tail',
      'Amazon and other businesses have realized great success by focusing on the long tail. A former Amazon employee once explained why they focus on the long tail instead of bestsellers by saying, "We sold more books today that didn\'t sell at all yesterday."',
    );
    expect(attribution(article, 'We sold more books today').speaker).not.toBe('Amazon');
  });

  test('"Sunak defended the government\'s record whilst promising a “formal update” …: “…”" is Sunak’s (wikinews-uk-asylum-questionnaire-2023-02-23)', () => {
    const article = analyze(
      "Reports: 'streamlined' UK asylum process to replace interview with questionnaire for five nationalities",
      "The forms are part of Prime Minister Rishi Sunak's effort to clear the nation's 92,000 asylum claim- 'legacy backlog' by year end.",
      'During Prime Minister\'s Questions Wednesday, Sunak defended the government\'s record whilst promising a "formal update" from Braverman is forthcoming: "The Home Secretary and I are working intensely and as quickly as possible to bring forward that legislation [...] in the meantime our deals with Albania and France are already yielding benefits [...] we want a system whereby if someone arrives in our country illegally they will not be able to stay."',
    );
    expect(attribution(article, 'formal update')).toMatchObject({ kind: 'direct', speaker: 'Rishi Sunak' });
    expect(attribution(article, 'The Home Secretary and I')).toMatchObject({ speaker: 'Rishi Sunak' });
  });
});

// Global Voices (CC BY 3.0), development half: gv-lebanon-homophobic-article-university-newspaper-2012-05-09.
describe('"by" and a participle of saying', () => {
  test('"He began by saying:" sets off the words of the clause’s subject, the student named before', () => {
    const article = analyze(
      'Lebanon: Uproar Over Homophobic Article in University Newspaper',
      'Mohamad Sibai, a student at the American University of Beirut (AUB), wrote a short opinion piece entitled "Please me at any price" in the university\'s newspaper, Outlook, restating all the traditional homophobic accusations and insults. He began by saying:',
      'The other day, I saw a couple holding ands along Hamra Street. Normally I would never look twice, but something was not right.',
    );
    expect(attribution(article, 'The other day, I saw a couple')).toMatchObject({ kind: 'direct', speaker: 'Mohamad Sibai', cue: 'He began by saying' });
  });

  test('"by adding equipment" reports no words: the clause’s subject does not speak (usgov-army-force-design-constrained-environment)', () => {
    const article = analyze(
      'Army force design',
      'For instance, they can convert single-function units into multifunctional units by adding equipment or by combining units.',
    );
    expect(quotesOf(article)).toEqual([]);
  });
});

// Wikinews (CC BY 2.5), development half: a participle of saying after "by" that leads straight into the quotation tells how
// the clause's subject did what its verb says, whatever the verb did first or where.
describe('"by saying" right before the quotation, after a clause that says more than its verb', () => {
  test('"Chavez defended Morales in his speech by saying “…”" is Chavez’s, not Morales’s (wikinews-venezuelan-president-chavez-criticises-bush-un-address-2006-09-22)', () => {
    const article = analyze(
      'Venezuelan President Chavez criticises Bush at UN',
      'Venezuelan President Hugo Chavez addressed the United Nations General Assembly on Wednesday. Chavez defended Morales in his speech by saying "The imperialists see extremists everywhere. It\'s not that we are extremists. It\'s that the world is waking up."',
    );
    expect(attribution(article, 'The imperialists see extremists everywhere')).toMatchObject({ speaker: 'Hugo Chavez' });
  });

  test('"He interrupted his speech to respond to hecklers by saying “…”" is the president’s (wikinews-2005-world-social-forum-brazil-coverage-2005-01-28)', () => {
    const article = analyze(
      'World Social Forum in Brazil',
      'Brazilian president Luiz Inácio Lula da Silva has defended himself before over 15 000 activists at the World Social Forum in Porto Alegre. He interrupted his speech to respond to hecklers by saying "Those of you that aren\'t from here, don\'t be afraid."',
    );
    expect(attribution(article, "Those of you that aren't from here")).toMatchObject({ speaker: 'Luiz Inácio Lula da Silva' });
  });

  test('"Miliband acknowledged that … by saying at a press conference, “…”" is Miliband’s (wikinews-international-conference-agrees-plan-yemen-terror-2010-01-27)', () => {
    const article = analyze(
      'International conference agrees plan on Yemen terror',
      'British Foreign Secretary David Miliband hosted the meeting in London. Miliband acknowledged that the solution was not simply a military one by saying at a press conference, "In tackling terrorism it is vital to tackle its root causes."',
    );
    expect(attribution(article, 'In tackling terrorism')).toMatchObject({ speaker: 'David Miliband' });
  });

  test('a that-clause after a verb that reports no speech leaves the quotation to no one', () => {
    const article = analyze(
      'International conference on Yemen',
      'British Foreign Secretary David Miliband hosted the meeting in London. His aides believed that the solution was not simply a military one by saying at a press conference, "In tackling terrorism it is vital to tackle its root causes."',
    );
    expect(attribution(article, 'In tackling terrorism').speaker).toBeNull();
  });

  test('a passive before "by saying" gives the quotation to no one: its subject did not say it', () => {
    const article = analyze('Ministry plan', 'The plan was defended by officials in the ministry by saying "It works and it will go on working."');
    expect(attribution(article, 'It works and it will go on working').speaker).toBeNull();
  });
});

// An ARCIC story of 2013 (fresh text, U.S. Army, public domain): "in predicting or recommending solutions" says what the
// OMS/MP is relied on for; "recommending" reports no words of MP's.
describe('a gerund a preposition governs is no cue', () => {
  test('"… completeness of an OMS/MP in predicting or recommending solutions …" is no quote of MP’s', () => {
    const article = analyze(
      'ARCIC Uses OMS/MP To Ensure New Equipment Meets Soldiers’ Needs',
      'The OMS/MP data also applies in Modeling and Simulation. Analysis agencies throughout the Department of Defense and the Defense Industry rely heavily on the accuracy and completeness of an OMS/MP in predicting or recommending solutions for operational demands in both ongoing and planned actions and environments.',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('solutions for operational demands'))).toBe(false);
  });
});

// Wikinews, "Lebanon forms unity government with Hezbollah-led opposition", 2008-07-11 (CC BY 2.5), a fresh page of session 49.
test("a participle right after a numbered resolution is the resolution's content, not the main clause subject's words", () => {
  const article = analyze(
    'Lebanon forms unity government with Hezbollah-led opposition',
    "Hezbollah has yet to disarm and even boasted on enhancing it's weaponry status despite it's signing of U.N. resolution 1701, calling for it's disarmament.",
  );
  expect(quotesOf(article).every((q) => q.speakerId === null || !q.text.includes('disarmament'))).toBe(true);
});

test('a participle after a clause with no numbered document still hangs on its subject', () => {
  const article = analyze('Lebanon forms unity government', 'Hezbollah rejected the resolution, calling for an end to the talks.');
  expect(attribution(article, 'an end to the talks').speaker).toBe('Hezbollah');
});
