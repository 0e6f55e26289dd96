import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';
import { callContentStart } from '../../../../../src/core/engine/attribution/reported/directives';

// reported/directives.ts: "called for …", "called on X to …", "asking X to be …", and where a directive's content ends.

describe('directive and call cues', () => {
  test('"X called for an inquiry" is reported speech of X: the content is what was called for', () => {
    const article = analyze('Deaths in custody', 'Interior Minister Ana Ruiz called for an independent inquiry into the deaths.');
    expect(attribution(article, 'an independent inquiry into the deaths')).toMatchObject({
      kind: 'reported',
      speaker: 'Ana Ruiz',
      cue: 'Interior Minister Ana Ruiz called for',
    });
  });

  test('"X called specifically on Y to act" gives X the object and its infinitive', () => {
    const article = analyze(
      'Safety day',
      'Dawn Schaible spoke to the workforce. Schaible called specifically on employees to take the time to pause and ask questions.',
    );
    expect(attribution(article, 'employees to take the time')).toMatchObject({
      kind: 'reported',
      speaker: 'Dawn Schaible',
      cue: 'Schaible called specifically on',
    });
  });

  // Global Voices 2012, gv-russia-duma-deputy-extremist-tweets-2012-05-15 (development half).
  test('a call whose content opens with a list\'s first number, "(1) …", is still a call', () => {
    const article = analyze(
      'Russia: Duma Deputy Goes After Extremist Tweets',
      'United Russia Duma deputy Aleksandr Khinshtein has asked the Prosecutor General to act.',
      'Khinshtein called specifically for (1) the prevention of the further spread of such illegal, extremist online appeals, (2) the criminal prosecution of individuals who use social networks to disseminate extremism, and (3) any other measures legally necessary.',
    );
    expect(attribution(article, '(1) the prevention of the further spread')).toMatchObject({
      kind: 'reported',
      speaker: 'Aleksandr Khinshtein',
      cue: 'Khinshtein called specifically for',
    });
  });

  test('"calls on" someone without "to" and a verb is relying on them, not a call in words', () => {
    const article = analyze(
      'Gateway design',
      'To fine-tune the design of the lab, NASA calls on the likes of Raja Chari and Nicole Mann, experienced astronauts who know a thing or two about living on a space station.',
    );
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  test('a plan or a strategy that "calls for" something has no speaker', () => {
    const article = analyze(
      'Performance metrics',
      'Milestone 8.1 of the Digital Government Strategy calls for the Center for Digital Services Innovation to develop guidance on common performance metrics.',
      'The plan calls for the construction of a new bridge over the river.',
    );
    expect(quotesOf(article).filter((q) => q.speakerId !== null)).toEqual([]);
  });

  // Wikinews, "Police shoot teenage protester as Hong Kong demonstrations continue", 2019-10-02, CC BY 2.5 (not in the corpus).
  test('a body named by name that "has called for" something made a call in words', () => {
    const article = analyze(
      'Police shoot teenage protester as Hong Kong demonstrations continue',
      'Police said the officer fired a live round when he was attacked.',
      'Amnesty International has called for an investigation into the shooting.',
    );
    expect(attribution(article, 'an investigation into the shooting')).toMatchObject({
      kind: 'reported',
      speaker: 'Amnesty International',
      cue: 'Amnesty International has called for',
    });
  });

  // Global Voices, "Zambia: Judge suspensions an embarrassing drama", 2012-05-21, CC BY 3.0 (development half).
  test('"whom the … Students Union called upon to step down": the union’s call, the object before it', () => {
    const article = analyze(
      'Zambia: Judge Suspensions an Embarrassing Drama',
      'The matter also engulfed the Chief Justice whom the University of Zambia Students Union called upon to step down.',
    );
    expect(attribution(article, 'to step down')).toMatchObject({ kind: 'reported', speaker: 'University of Zambia Students Union' });
  });

  // Wikinews, "Puerto Rico governor announces resignation following protests", 2019-07-28, CC BY 2.5 (not in the corpus).
  test('an unnamed group that "called for" something made a call in words, left unattributed', () => {
    const article = analyze(
      'Puerto Rico governor announces resignation following protests',
      'Governor Ricardo Rosselló announced his resignation on Wednesday.',
      "Protesters called for Rosselló's resignation after revelations he and his staffers sent anti-homosexual and misogynistic comments using Telegram, a messaging app.",
    );
    // What was called for is the noun phrase; "after revelations …" says when (nounObjectEnd.ts).
    expect(attribution(article, "Rosselló's resignation")).toMatchObject({ kind: 'reported', speaker: null, cue: 'Protesters called for' });
  });

  test('a body\'s plan that "calls for" something in the present is still no one\'s words', () => {
    const article = analyze('Bus fleet', 'The city council approved the budget.', 'The Transport Authority plan calls for 20 new electric buses by 2025.');
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  test('", asking X to be …" after a quote is the speaker’s directive, "to be" included', () => {
    const article = analyze(
      'Fiancée demands justice',
      'Agnès Callamard, a UN rapporteur, cautioned justice does not come swiftly. "True justice takes time and I know it\'s painful," she said, asking Cengiz to be "patient and resilient."',
    );
    expect(attribution(article, 'Cengiz to be')).toMatchObject({ kind: 'reported', speaker: 'Agnès Callamard' });
  });

  // The development half: gv-caribbean-mothers-day-bloggers-2012-05-15 (Global Voices, CC BY 3.0).
  test('", asking viewers to …" after a named speaker\'s clause is her directive', () => {
    const article = analyze(
      'Caribbean: Mothers Day',
      "Sybrina Fulton, mother of Trayvon Matin, released a public service announcement...timed for Mother’s Day this [past] weekend, asking viewers to 'call the governor of your state' and encourage them to reconsider 'Stand Your Ground' laws like the one cited by the man who killed her son.",
    );
    expect(attribution(article, 'call the governor of your state')).toMatchObject({ speaker: 'Sybrina Fulton' });
  });

  test('"asking" that requests nothing is no cue: asking prices, asking questions, asking for trouble', () => {
    const article = analyze('Market', 'Asking prices rose in May.', 'Maria Lopez kept asking questions.', 'John Smith was asking for trouble.');
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  test('"asked not to be named" directs no one: it is no quote', () => {
    const article = analyze('Flood', 'A resident, John Mbeki, asked not to be named in the report.');
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  test('a directive ends before "and" with a past verb of the speaker’s own, not before a base form', () => {
    const article = analyze(
      'UK urges US to waive immunity',
      'Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with US Secretary of State Mike Pompeo about the case.',
      'Mayor John Smith urged residents to stay indoors and avoid travel.',
    );
    expect(quotesOf(article).find((q) => q.text.startsWith('the embassy'))?.text).toBe('the embassy to reconsider');
    expect(quotesOf(article).find((q) => q.text.startsWith('residents'))?.text).toBe('residents to stay indoors and avoid travel');
  });
});

describe('"requested that …" as a directive', () => {
  // wikinews-amnesty-international-iran-free-journalists-2009-06-28 (development half).
  test('"Amnesty International has requested that Iran free journalists …" reports the request, Amnesty\'s', () => {
    const article = analyze(
      'Amnesty International tells Iran to free imprisoned journalists',
      'The human rights organization Amnesty International has requested that Iran free journalists imprisoned in the wake of violence which occurred after recent presidential elections in the country.',
    );
    expect(attribution(article, 'Iran free journalists imprisoned in the wake of violence')).toMatchObject({
      kind: 'reported',
      speaker: 'Amnesty International',
    });
  });

  test('a request made of someone, "was requested", reports nothing', () => {
    expect(quotesOf(analyze('Headline', 'The report was requested by the council last year.')).filter((q) => q.kind === 'reported')).toEqual([]);
  });
});

describe('"told X to …" as a directive', () => {
  // "Iran's President Rouhani tells foreign powers to leave Persian Gulf", fresh Wikinews 2019-09-23 (CC BY 2.5).
  test('"Rouhani tells foreign powers to leave Persian Gulf" reports the object and its infinitive', () => {
    const article = analyze("Iran's President Rouhani tells foreign powers to leave Persian Gulf", 'Hassan Rouhani spoke at a military parade in Tehran.');
    expect(attribution(article, 'foreign powers to leave Persian Gulf')).toMatchObject({ kind: 'reported', speaker: 'Hassan Rouhani' });
  });

  test('a passive "were told to" has no object and reports nothing', () => {
    const article = analyze('Measles', 'Residents were told to stay off the roads and businesses were closed.');
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  // US Army, "Futures Day: Army leaders prepare for the unexpected", 2011-11-01, public domain (development half).
  test('"Smith then challenged the students to conceive of …" is the charge a person gave in words', () => {
    const article = analyze(
      'Futures Day',
      'Rickey Smith, deputy director of ARCIC, spoke first.',
      'Smith then challenged the students to conceive of ways the Generating Force can support the Operating Force.',
    );
    expect(attribution(article, 'the students to conceive of ways')).toMatchObject({ kind: 'reported', speaker: 'Rickey Smith', cue: 'Smith then challenged' });
  });

  // Wikinews, "Rock drummer Ginger Baker dies aged 80", 2019-10-07, CC BY 2.5 (development half).
  test('"Watts recommended Baker to be his replacement": a directive with "to be" after an object', () => {
    const article = analyze(
      'Rock drummer Ginger Baker dies aged 80',
      'In 1962, when fellow drummer Charlie Watts was leaving Blues Incorporated for The Rolling Stones, Watts recommended Baker to be his replacement.',
    );
    expect(attribution(article, 'Baker to be his replacement')).toMatchObject({ kind: 'reported', speaker: 'Charlie Watts', cue: 'Watts recommended' });
  });

  test('"challenged" with no "to" and a verb after its object reports no speech', () => {
    const article = analyze('Court case', 'Lawyer Maria Lopez challenged the ruling in the Supreme Court on Monday.');
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  test('a body that "challenged" or "instructs" someone to act stays no speaker: those verbs cue only from a person', () => {
    const article = analyze(
      'Student challenge',
      'NASA challenged students to design a lunar rover for the competition.',
      'The guidance instructs agencies to publish their data in open formats.',
    );
    expect(quotesOf(article).filter((q) => q.speakerId !== null)).toEqual([]);
  });

  // digital.gov, "Key insights from the White House Director of Digital Strategy, Robert Flaherty", 2021-08-18, public domain (not in the corpus).
  test('"advises that …" is a that-clause, not a directive: "that" stays in the cue', () => {
    const article = analyze(
      'Key insights',
      'Rob Flaherty leads the team. Flaherty advises that it’s important to strike a balance between serious topics and lighthearted content in your messaging.',
    );
    expect(attribution(article, 'it’s important to strike a balance')).toMatchObject({
      kind: 'reported',
      speaker: 'Rob Flaherty',
      cue: 'Flaherty advises that',
    });
  });

  // Wikinews, "On the campaign trail in the USA, October 2020", 2020-11-02, CC BY 2.5 (not in the corpus).
  test('a directive after "and" shares its clause’s subject', () => {
    const article = analyze(
      'On the campaign trail in the USA, October 2020',
      'Green Party nominee Howie Hawkins spoke to Wikinews.',
      'Hawkins predicted President Trump would lose in a massive landslide and asked voters to vote for what they truly believe.',
    );
    expect(attribution(article, 'voters to vote for what they truly believe')).toMatchObject({ kind: 'reported', speaker: 'Howie Hawkins', cue: 'asked' });
  });
});

describe('a body’s or an unnamed group’s directive', () => {
  // "Space Station crew berths facility", fresh nasa/856 (public domain).
  test('"Mission Control instructed the astronauts to …" is the named body’s reported speech', () => {
    const article = analyze(
      'Crew berths the facility',
      'Mission Control instructed the astronauts to berth the facility overnight as ground teams assessed the problem.',
    );
    expect(attribution(article, 'the astronauts to berth the facility overnight')).toMatchObject({
      kind: 'reported',
      speaker: 'Mission Control',
      cue: 'Mission Control instructed',
    });
  });

  // "UK urges US to waive immunity for diplomat's wife", Wikinews 2019 (CC BY 2.5), development half.
  test('"the calls by United Kingdom officials asking the United States to …": an unnamed group’s directive, unattributed', () => {
    const article = analyze(
      'UK urges US to waive immunity',
      'On Monday, Prime Minister Boris Johnson joined the calls by United Kingdom officials asking the United States to waive diplomatic immunity for Anne Sacoolas.',
    );
    expect(attribution(article, 'the United States to waive diplomatic immunity for Anne Sacoolas')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // "Webinar recap: how to build your digital dream team", fresh digital.gov 2022-08-01 (public domain).
  test('"attendees asked panelists to share …" is reported, with no speaker the text names', () => {
    const article = analyze('Webinar recap', 'Throughout the event, attendees asked panelists to share sample job descriptions.');
    expect(attribution(article, 'panelists to share sample job descriptions')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // Global Voices, "Pakistan: Reactions to the Contempt Verdict" (2012, CC BY 3.0), development half.
  test('"The opposition parties, PML-N (…) and PTI (…) are asking the Prime Minster to resign": a group\'s directive, unattributed', () => {
    const article = analyze(
      'Pakistan: Reactions to the contempt verdict',
      'The opposition parties, PML-N (Pakistan Muslim League - Nawaz) and PTI (Pakistan Tahreek Insaf) are asking the Prime Minster to resign as soon as possible.',
    );
    expect(attribution(article, 'the Prime Minster to resign as soon as possible')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // Global Voices, "Georgia: LGBT activists attacked" (2012, CC BY 3.0), development half.
  test('"LGBT activists responded by asking them to clear the way …": the group that responded asks, unattributed', () => {
    const article = analyze(
      'Georgia: LGBT activists attacked',
      'LGBT activists responded by asking them to clear the way so that the march could continue, but when attempts by the priests failed, a physical altercation ensued.',
    );
    expect(attribution(article, 'them to clear the way so that the march could continue')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // VOA, "VOA pays tribute to reporter slain in Pakistan" (2012, public domain), development half.
  test('"… by other journalists in Pakistan, who urged the government to …": the group "who" stands for, unattributed', () => {
    const article = analyze(
      'VOA pays tribute to reporter slain in Pakistan',
      'Aatif was buried on Wednesday amid an outpouring of grief and frustration by other journalists in Pakistan, who urged the government to fully investigate his murder.',
    );
    expect(attribution(article, 'the government to fully investigate his murder')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // Global Voices, "North Korea: Journalists sentenced to hard labor" (2009, CC BY 3.0), development half: "they" is read
  // as Facebook, which is not who asks; no speaker is safer than that one.
  test('"Today they are asking the public to …" after "A Facebook page for …" is not given to Facebook', () => {
    const article = analyze(
      'North Korea: journalists sentenced',
      'A Facebook page for Laura and Euna already has more than five thousand members. Today they are asking the public to respect the families privacy at this moment and not to get emotional.',
    );
    expect(quotesOf(article).filter((q) => q.speakerId !== null && q.kind === 'reported')).toEqual([]);
  });

  // Fresh digital.gov pages 2016-10-31, 2019-12-03, 2024-07-08, 2016-09-07; "Army futures day", US Army 2011
  // (development half); fresh nasa/320 (public domain).
  test.each([
    ['the writer’s own "we asked"', 'In the workshop, we asked participants to identify things that would make their work better.'],
    ['a passive: the subject is who was asked', 'Communicate Health ran the tests. They were also asked to give feedback on clarity and ease of use.'],
    ['the writer addressing the reader', 'GSA’s OpenACR team encourages you to try using the tool and tell them what you think.'],
    ['a step of a procedure', 'The CA instructs the agent to create a file with content visible at http://search.usa.gov/.well-known/acme-challenge/XXXX.'],
    [
      'a definite group the text named before',
      'The panel participants challenged the audience to help the Army modernize as it faces uncertain future threats.',
    ],
    [
      'a directive inside a subordinate clause',
      'Even as NASA encouraged women and minorities to apply to be astronauts over the years, and more met the basic qualifications, neither group was ever a majority.',
    ],
  ])('no directive quote for %s', (_, sentence) => {
    const article = analyze('Headline', sentence);
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });
});

describe('"asked for" a request, and a call joined by "and"', () => {
  // English Wikinews 2019, wikinews-radio-host-don-imus-dies-2019-12-30 (development half).
  test('"The family said … and asked for donations to …, which …" is two reports, the request with its relative clause', () => {
    const article = analyze(
      'Radio host Don Imus dies aged 79',
      'United States radio personality, television host, and philanthropist Don Imus, known to fans as the I-Man, died on Friday at the Baylor Scott and White Medical Center in College Station, Texas after being hospitalized since Christmas Eve, his family reported.',
      'The family said they planned to have a private funeral service for Imus and asked for donations to the Imus Ranch Foundation, which provides support for families with children suffering from serious diseases.',
    );
    expect(
      quotesOf(article)
        .slice(1)
        .map((q) => [q.kind, q.text]),
    ).toEqual([
      ['reported', 'they planned to have a private funeral service for Imus'],
      ['reported', 'donations to the Imus Ranch Foundation, which provides support for families with children suffering from serious diseases'],
    ]);
  });

  // English Wikinews 2020-09, "On the campaign trail in the USA, September 2020" (fresh page).
  test('"Although X asked for …, Y called on …": the request ends at the comma, and the call after it is Y\'s', () => {
    const article = analyze(
      'On the campaign trail in the USA',
      'Although Trump\'s State Department asked for any "external party" not to involve themselves in the conflict, his main presidential rival Joe Biden called on the President to demand directly that Turkey stop interfering on Azerbaijan\'s behalf.',
    );
    expect(attribution(article, 'any "external party" not to involve themselves in the conflict')).toMatchObject({
      kind: 'reported',
      cue: 'State Department asked for',
    });
    expect(attribution(article, 'the President to demand directly')).toMatchObject({ kind: 'reported', speaker: 'Joe Biden' });
  });

  // Same fresh page.
  test('"X did not want … and calls on Washington to remain neutral" is X\'s call', () => {
    const article = analyze(
      'On the campaign trail in the USA',
      'Nevertheless, Phil Collins did not want the U.S. to involve itself militarily and calls on Washington to remain neutral.',
    );
    expect(attribution(article, 'Washington to remain neutral')).toMatchObject({ kind: 'reported', speaker: 'Phil Collins' });
  });

  test('"asked" with no "for" is no request here', () => {
    expect(callContentStart('asked', 'She asked on Monday whether …', 9)).toBeNull();
    expect(callContentStart('asked', 'She asked for help.', 9)).toBe(14);
    // The development half: wikinews-shorts-auto-bailout-ghana-sentamu-cao-2008-12-07: a sum is what was asked for.
    const plea = 'Executives … have pleaded before two Congressional committees, asking for $34 billion in order to stop collapse.';
    expect(callContentStart('asking', plea, plea.indexOf(' for'))).toBe(plea.indexOf('$34'));
  });
});

describe('what a directive asks, in marks or of a share of a group', () => {
  // Fresh English Wikinews pages (2019), not in the corpus.
  test('the words asked for may open in marks after "to": "asked people to "please pray …"", "called on drivers to "not forget …""', () => {
    const bishop = analyze(
      'Bishop Emeritus Dinualdo Gutierrez of Marbel, Philippines dies',
      'In a statement, the current bishop, Allan Casicas, said, "It is with great sadness that I announce the death of Most Rev. Dinualdo Gutierrez, Bishop-Emeritus of Marbel." Casicas also asked people to "please pray for the repose of his soul".',
    );
    expect(attribution(bishop, 'people to "please pray for the repose of his soul"')).toMatchObject({ kind: 'reported', speaker: 'Allan Casicas' });
    const bus = analyze(
      'Bus carrying children overturns in Babyninsky, Russia',
      'The Emergencies Ministry has, in a statement, called on drivers to "not forget that the health and lives of other people depend on you."',
    );
    expect(attribution(bus, 'drivers to "not forget that the health and lives of other people depend on you."')).toMatchObject({
      kind: 'reported',
      speaker: 'Emergencies Ministry',
    });
  });

  // wikinews-pelosi-announces-trump-impeachment-investigation (development half). A progressive after a subject the text
  // has met (notACue.ts) asks as "asked" does.
  test('"she was directing six of the House\'s committees to "proceed …"": a share of a group is the one directed', () => {
    const pelosi = analyze(
      'Pelosi announces Trump impeachment investigation',
      'Speaker of the House Nancy Pelosi announced an official impeachment inquiry.',
      'Specifically, she was directing six of the House\'s committees to "proceed with their investigations under [the] umbrella" of impeachment.',
    );
    expect(attribution(pelosi, 'six of the House\'s committees to "proceed with their investigations under [the] umbrella" of impeachment')).toMatchObject({
      kind: 'reported',
      speaker: 'Nancy Pelosi',
      cue: 'she was directing',
    });
  });

  // Wikinews (CC BY 2.5), development half.
  test('"called on "…" to …": the ones called on, named in marks, and the infinitive are the call; the marked words a direct quote too', () => {
    const article = analyze(
      'Samoan government temporarily shuts down for nationwide measles vaccination drive',
      'Samoan Prime Minister Tuilaepa Sailele Malielegaoi noted on Monday, the fatalities were all unvaccinated.',
      'When announcing the shutdown on Monday, Prime Minister Tuilaepa called on "village councils, faith-based organizations, and church leaders, village mayors and government women representatives" to instill confidence in vaccines in the public.',
    );
    expect(
      attribution(
        article,
        '"village councils, faith-based organizations, and church leaders, village mayors and government women representatives" to instill confidence in vaccines in the public',
      ),
    ).toMatchObject({ kind: 'reported', speaker: 'Tuilaepa Sailele Malielegaoi', cue: 'Prime Minister Tuilaepa called on' });
    expect(attribution(article, 'village councils, faith-based organizations')).toMatchObject({ kind: 'direct', speaker: 'Tuilaepa Sailele Malielegaoi' });
  });
});

describe('an invitation to act', () => {
  // "Lebanon: Homophobic Article in University Newspaper", Global Voices (CC BY 3.0), development half.
  test('"Raja Farah, who invited Mohamad to have coffee with him": the one invited and the act are the reported speech', () => {
    const article = analyze(
      'Lebanon: Homophobic Article in University Newspaper',
      'The most moving response was undoubtedly by a man called Raja Farah, who invited Mohamad to have coffee with him.',
    );
    expect(attribution(article, 'Mohamad to have coffee with him')).toMatchObject({ kind: 'reported', speaker: 'Raja Farah' });
  });

  // "Actor Doris Day dies at 97", English Wikinews (CC BY 2.5), development half.
  test('an aside between the one invited and "to" tells the invitation as an act, no words', () => {
    const article = analyze(
      'Actor Doris Day dies at 97',
      "In 1985, Day invited former co-star Hudson, then visibly deteriorating from AIDS, to appear on television together as part of Day's talk show Doris Day's Best Friends.",
    );
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });
});

// voa-zimbabwe-mutambara-calls-opposition-unity-2007-01-09 (development half, blind gold of session 32).
describe('a call on bodies named at length', () => {
  const CALL =
    'He also called on the Southern African Development Community and the African Union to exert themselves to rescue Zimbabwe, as its failure would be “their demise too.”';

  test('"called on the SADC and the African Union to exert themselves" is his call, and the phrase in marks inside it his words', () => {
    const article = analyze(
      'Zimbabwe Faction Leader Calls For Opposition Unity Against Mugabe',
      'Zimbabwean opposition leader Arthur Mutambara said Tuesday that rival factions of the Movement for Democratic Change should make reunification a priority in 2007.',
      CALL,
    );
    expect(attribution(article, 'the Southern African Development Community and the African Union to exert')).toMatchObject({
      kind: 'reported',
      speaker: 'Arthur Mutambara',
    });
    expect(attribution(article, 'their demise too.')).toMatchObject({ kind: 'direct', speaker: 'Arthur Mutambara' });
  });

  test('the call’s content starts at the first body named', () => {
    const verbEnd = CALL.indexOf('called') + 'called'.length;
    expect(callContentStart('called', CALL, verbEnd)).toBe(CALL.indexOf('the Southern'));
  });
});

// usgov-nasa-glenn-established-cleveland-1941-2024-01-23 (development half, blind gold of session 32).
test('"Crawford reminded area businesses to maintain their pledges" is his reminder, given in words', () => {
  const article = analyze(
    'NASA Glenn Established in Cleveland in 1941',
    'Afterwards the group joined 240 local businessmen in the Hotel Cleveland’s Red Room for a luncheon hosted by Cleveland’s newly elected mayor Edward Blythin and Chamber of Commerce President Frederick Crawford.',
    'NACA officials described the site selection activities, while Crawford reminded area businesses to maintain their pledges of support to the NACA.',
  );
  expect(attribution(article, 'area businesses to maintain their pledges')).toMatchObject({ kind: 'reported', speaker: 'Frederick Crawford' });
});

// wikinews-hong-kong-protesters-surround-police-complex-2019-06-23 (development half).
test('"They had asked <a long title and name>, who …, to resign …": the one asked, the aside and the infinitive are all the request', () => {
  const article = analyze(
    'Hong Kong protesters surround police complex',
    'Protesters gathered outside the complex. They had asked Hong Kong Chief Executive Carrie Lam, who is supported by the mainland Chinese government, to resign from her position, but this has been dropped from the list of demands.',
  );
  const request = quotesOf(article).find((q) => q.kind === 'reported' && q.text.startsWith('Hong Kong Chief Executive Carrie Lam'));
  expect(request?.text).toBe('Hong Kong Chief Executive Carrie Lam, who is supported by the mainland Chinese government, to resign from her position');
  expect(request?.cue?.text).toBe('They had asked');
});

describe('a directive to one named with a title', () => {
  // wikinews-anti-abortion-march-for-life-draws-thousands-washington-2017-01-27 (development half).
  test('"Trump specifically asked Vice President Mike Pence to attend the march": the object runs past three words', () => {
    const article = analyze(
      'Anti-abortion March for Life draws thousands in Washington',
      'US President Donald Trump voiced support for the march on Twitter. Trump specifically asked Vice President Mike Pence to attend the march.',
    );
    expect(attribution(article, 'Vice President Mike Pence to attend the march')).toMatchObject({ kind: 'reported', speaker: 'Donald Trump' });
  });
});

describe('a plea made through its particle, and one directed named at more length', () => {
  // wikinews-kenyan-humanitarian-crisis-deepens-talks-continue-2008-02-07 (development half).
  test('"appealed to X to …" is a call in words, by an unnamed group here', () => {
    const article = analyze(
      'Kenyan humanitarian crisis deepens',
      'Relief officials appealed to political leaders to stabilize security throughout Kenya as the number of people fleeing violence in some parts of the country continued to rise.',
    );
    expect(attribution(article, 'political leaders to stabilize security throughout Kenya')).toMatchObject({
      kind: 'reported',
      speaker: null,
      cue: 'officials appealed to',
    });
  });

  // wikinews-canadian-still-faces-public-beheading-saudi-arabia-2009-05-20 (development half).
  test('"pleads with X to …" gives the one who pleads the object and its infinitive', () => {
    const article = analyze(
      'Canadian still faces public beheading',
      'Mohamed Kohail wrote a letter from prison. In it, Mohamed Kohail pleads with the prime minister to utilise "every way possible to get me out of this situation."',
    );
    expect(attribution(article, 'the prime minister to utilise')).toMatchObject({ kind: 'reported', speaker: 'Mohamed Kohail' });
  });

  // gv-sudan-south-sudan-newsudans-hashtag-2012-05-03 (development half).
  test('the one called on may be told where they are before "to": "Sudanese and South Sudanese on Twitter to revive …"', () => {
    const article = analyze(
      'Sudan, South Sudan: #NewSudans',
      'Aguil Lual (@AguilB) called on Sudanese and South Sudanese on Twitter to revive the momentum of Garang’s “New Sudan” speech and join the dialogue, saying:',
    );
    expect(attribution(article, 'Sudanese and South Sudanese on Twitter to revive')).toMatchObject({ kind: 'reported', speaker: 'Aguil Lual' });
  });

  // wikinews-us-federal-judge-dismisses-targeted-killing-lawsuit-2010-12-07 (development half).
  test('"encouraged individuals of Muslim faith to murder …" directs a group told of what it is', () => {
    const article = analyze('Judge dismisses lawsuit', 'Awlaki has made statements where he encouraged individuals of Muslim faith to murder U.S. citizens.');
    expect(quotesOf(article).map((q) => q.text)).toContain('individuals of Muslim faith to murder U.S. citizens');
  });

  // Near misses of the development half: a plea with no infinitive after its object is an appeal of a case or an appeal
  // to taste, not a call (gv-zambia-netizens-draft-constitution-2012-05-08, wikinews-yushchenko-claims-victory-re-run-
  // 2004-12-27, usgov-nasa-orca-airharp-paved-way-pace-2024-04-26).
  test('"appeals to" and "appealing to" with no one directed to act report nothing', () => {
    const article = analyze(
      'Draft constitution',
      'In its current form, the first draft constitution is progressive, it appeals to most people’s aspiration despite a few shortcomings.',
      "Supporters of the opposition pursued legal channels, such as appealing to the country's parliament and its Supreme Court, as well as maintained a blocade of key government buildings in an effort to force a new election.",
      'But what made ORCA especially appealing to PACE was its pedigree of thorough testing.',
    );
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });
});

describe('one directed named at length before "to"', () => {
  // wikinews-romanian-government-asks-kidnappers-release-journalist-2005-04-30 (development half).
  test('"asked the Islamic terrorists who kidnapped … to release …": a relative clause inside the one asked', () => {
    const article = analyze(
      'Romanian government asks kidnappers to release journalist',
      'The Romanian government has asked the Islamic terrorists who kidnapped three Romanian journalists in late March to release one of the journalists.',
    );
    expect(attribution(article, 'the Islamic terrorists who kidnapped three Romanian journalists in late March to release')).toMatchObject({
      kind: 'reported',
      speaker: 'Romanian government',
      cue: 'The Romanian government has asked',
    });
  });

  // wikinews-23-australians-arrested-global-child-porn-network-2008-12-12 (development half).
  test('"are urging anyone with information regarding … to report …": a phrase with "with" inside the one urged', () => {
    const article = analyze(
      '23 Australians arrested',
      'The police are urging anyone with information regarding overt or suspicious acts about child pornography to report the matter to the local police.',
    );
    expect(attribution(article, 'anyone with information regarding overt or suspicious acts')).toMatchObject({
      kind: 'reported',
      cue: 'The police are urging',
    });
  });

  // wikinews-pope-invites-palestinian-israeli-presidents-prayer-2014-05-28 (development half).
  test('"invited the Palestinian president Mahmoud Abbas and the Israeli president Shimon Peres to join him": two invited', () => {
    const article = analyze(
      'Pope invites Palestinian and Israeli presidents to mutual prayer at Vatican',
      'Pope Francis visited the Middle East. On Sunday, he invited the Palestinian president Mahmoud Abbas and the Israeli president Shimon Peres to join him for a mutual prayer at his home in the Vatican.',
    );
    expect(attribution(article, 'the Palestinian president Mahmoud Abbas and the Israeli president Shimon Peres to join him')).toMatchObject({
      kind: 'reported',
      speaker: 'Francis',
      cue: 'he invited',
    });
  });

  // Near misses: "told me that …" opens the told clause (usgov-nasa-michael-thorpe-sediment-source-to-sink-2024-01,
  // development half), and "and" before a verb joins a second act, not a second one asked.
  test('"told me that rocks have a story to tell" stays a that-clause, "asked the question and went to bed" no directive', () => {
    const article = analyze(
      'Michael Thorpe',
      'My sister, my hiking companion, always told me that rocks have a story to tell, which inspired me.',
      'Mary Jones asked the question and went to bed.',
    );
    const reported = quotesOf(article).filter((q) => q.kind === 'reported');
    expect(reported.map((q) => q.text)).not.toContain('me that rocks have a story to tell');
    expect(reported.some((q) => q.text.includes('went to bed'))).toBe(false);
  });
});

// usgov-nasa-40-years-reagan-directs-space-station-2024-01-25 (public domain), measured held out.
describe('"directed" someone to act', () => {
  test('"President Reagan directed NASA to develop a “permanently manned space station …”": the words in marks are his', () => {
    const article = analyze(
      '40 Years Ago: President Reagan Directs NASA to Build a Space Station',
      'During his Jan. 25, 1984, State of the Union address to a joint session of Congress, President Reagan directed NASA to develop a “permanently manned space station and to do it within a decade.”',
    );
    expect(attribution(article, 'permanently manned space station')).toMatchObject({ kind: 'direct', speaker: 'Reagan' });
  });

  test('"the funds were directed to schools" directs no one to act', () => {
    expect(
      quotesOf(analyze('Budget', 'The ministry said nothing. The funds were directed to schools in the north.')).filter((q) => q.text.includes('schools')),
    ).toEqual([]);
  });
});
