import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';
import { pastAsides } from '../../../../../src/core/engine/attribution/reported/betweenCueAndContent';

// reported/betweenCueAndContent.ts: language tags, the audience, an aside and the medium between a cue verb and its content.

describe('words between a cue verb and its content', () => {
  test('a link’s language tag after the verb is skipped: "claiming [ru] that …"', () => {
    const article = analyze(
      'Russia: Duma Deputy Wants Extremist Tweets Prosecuted',
      'Hours after news of this petition caused a stir in the media, Aleksandr Khinshtein responded by publishing the full text of his letter, claiming [ru] that his initiative is not a plea for political censorship.',
    );
    expect(attribution(article, 'his initiative is not a plea')).toMatchObject({ kind: 'reported', speaker: 'Aleksandr Khinshtein' });
  });

  test('"explained to us that …": the audience is not part of the content', () => {
    const article = analyze(
      'Clandestine abortions in Goma',
      "Lawyer Alain Lushule, a member of the bar in Goma, explained to us that Articles 165 and 166 of the Congolese Penal Code mandate a punishment of 5 to 10 years' imprisonment.",
    );
    expect(attribution(article, 'Articles 165 and 166')).toMatchObject({ kind: 'reported', speaker: 'Alain Lushule' });
  });

  // Wikinews, "Baby finds drugs in Kamloops playground" (2020, CC BY 2.5), development half.
  test('"stated to the CBC in late June that …": the audience and when it was said are not part of the content', () => {
    const article = analyze(
      'Baby finds drugs in playground',
      'In Ontario, provincial police Detective Constable Daniel Dubé stated to the CBC in late June that the border closure between New York State and Quebec drove up the prices of illicit drugs, and traffickers had been stretching their products further.',
    );
    expect(attribution(article, 'the border closure')).toMatchObject({ kind: 'reported', speaker: 'Daniel Dubé' });
    expect(quotesOf(article).some((q) => q.text.startsWith('the CBC') || q.text.startsWith('in late June'))).toBe(false);
  });

  // US Army ARCIC, "Futures Day: preparing Army leaders for the unexpected" (public domain), fresh text.
  test('"explained to the students that …": a described audience is skipped; "pointed to the fact that" names none', () => {
    const article = analyze(
      'Futures Day',
      'On October 25, Mr. Rickey Smith participated in a panel presentation with Brig. Gen. Edward Donnelly, Army G-8 Director of Joint and Futures.',
      'Brig. Gen. Donnelly explained to the students that the Army can use its major systems more efficiently by transferring them from units in the reset pool.',
      'He pointed to the fact that the pools are uneven.',
    );
    expect(attribution(article, 'the Army can use its major systems')).toMatchObject({ kind: 'reported', speaker: 'Edward Donnelly' });
    expect(quotesOf(article).some((q) => q.text.includes('the pools are uneven'))).toBe(false);
  });

  test('an aside in commas before "that" is skipped, after a perfect tense too', () => {
    const article = analyze(
      'Russia: Duma Deputy Wants Extremist Tweets Prosecuted',
      'Aleksandr Khinshtein wrote a letter to the Prosecutor General.',
      "In what seems particularly outrageous to many bloggers, Khinshtein has claimed, as well, that retweeting (reposting another user's message) also carries criminal liability.",
    );
    expect(attribution(article, 'retweeting')).toMatchObject({ kind: 'reported', speaker: 'Aleksandr Khinshtein' });
  });

  test('"said in an email she is …": the medium is skipped and the clause without "that" is the content', () => {
    const article = analyze('Clandestine abortions in Goma', 'Local administrator Mapendo Victorine said in an email she is very concerned about this act.');
    expect(attribution(article, 'she is very concerned')).toMatchObject({ kind: 'reported', speaker: 'Mapendo Victorine' });
  });

  // English Wikinews, "Aftershocks increase death toll of magnitude 6.3 earthquake in southern Philippines", 2019-10-22
  // (CC BY 2.5, fresh text).
  test('"Phivolcs said in its report, the western extension …": a report set off by a comma is the medium too', () => {
    const article = analyze(
      'Aftershocks increase death toll of magnitude 6.3 earthquake in southern Philippines',
      'The Philippine Institute of Volcanology and Seismology (Phivolcs) reported the first quake occurred at 7:37 p.m. local time.',
      'Phivolcs said in its report, the western extension of Mindanao Fault makes the province seismically active, while the nearby Cotabato Trench contributes to earthquakes regionally.',
    );
    expect(attribution(article, 'the western extension of Mindanao Fault')).toMatchObject({
      kind: 'reported',
      speaker: 'Philippine Institute of Volcanology and Seismology',
    });
  });

  // Wikinews (CC BY 2.5), development half: a company's filing is the medium its words come in.
  test('"said in their filing the matter …": a filing is a medium, and the clause after it holds the partial quotes', () => {
    const article = analyze(
      'US Department of Justice investigating Ford emissions testing',
      'Ford said in their filing the matter "currently focuses on issues relating to road load estimations, including analytical modeling and coastdown testing", and "does not involve the use of defeat devices" which were an issue with another automaker previously.',
    );
    expect(attribution(article, 'the matter "currently focuses')).toMatchObject({ kind: 'reported', speaker: 'Ford' });
  });

  // NASA (public domain), fresh text: an aside inside a participle cue.
  test('", noting, as an example, that …" goes on with the sentence’s speaker', () => {
    const article = analyze(
      'Asian American and Pacific Islander Heritage Month',
      'Hemanth Koralla observed that the festival and other ASIA ERG events help spread cultural awareness, noting, as an example, that he did not know Nowruz was a holiday until the ERG organized a related celebration.',
    );
    expect(attribution(article, 'he did not know Nowruz')).toMatchObject({ kind: 'reported', speaker: 'Hemanth Koralla' });
  });

  test('"agreed to a plan that …" names no audience: nothing after "that" is reported', () => {
    const article = analyze('Budget', 'Finance Minister John Smith agreed to a plan that would cut taxes for small firms.');
    expect(quotesOf(article).filter((q) => q.text.startsWith('would cut'))).toEqual([]);
  });
  test('the listener of "warned", "reminds" and "informed" is not part of the content', () => {
    const article = analyze(
      'Malawi: President Banda Promises to Lift Homosexuality Ban',
      'Mayor Ana Ruiz warned residents that the river would flood by Friday.',
      "Malawian blogger Steve Phetie wrote about the ban. But Phetie reminds critics that Malawi's system of government and even Christianity did not come from Malawi.",
      'Anne Sacoolas informed police she had diplomatic immunity.',
    );
    expect(quotesOf(article).find((q) => q.text.includes('river would flood'))?.text).toBe('the river would flood by Friday');
    expect(attribution(article, "Malawi's system of government")).toMatchObject({ kind: 'reported', speaker: 'Steve Phetie' });
    expect(attribution(article, 'she had diplomatic immunity')).toMatchObject({ kind: 'reported', speaker: 'Anne Sacoolas' });
  });

  // digital.gov (public domain), fresh text: "reminded" and "Informed" without a speaker's listener.
  test('a thing that reminds someone, and "Informed by …", report no speech and name no one', () => {
    const article = analyze(
      'Every Kid in a Park',
      '“Working on the content design for Every Kid in a Park reminded me that government websites can be joyful, inclusive, and easy to read.” —Emileigh Barnes',
      'It reminds me that I love this work and it is a great place to work.',
      "- Adaptability and mobility: Informed by the technology's adaptability and mobility - Operational resilience: Focus on data security",
    );
    expect(article.entities.filter((e) => e.type === 'person').map((e) => e.name)).not.toContain('Park');
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  // Wikinews, 2020 (CC BY 2.5), fresh text.
  test('an aside in commas before a clause with no "that" is skipped: "claimed, as of Thursday, it was …"', () => {
    const article = analyze(
      'Headline',
      'North Korea claimed, as of Thursday, it was one of the few countries remaining free of coronavirus infections.',
      'CBS News reported, citing Johns Hopkins University data, there were over 1,000 US deaths on Wednesday caused by coronavirus infections.',
    );
    expect(attribution(article, 'it was one of the few countries')).toMatchObject({ kind: 'reported', speaker: 'North Korea' });
    expect(attribution(article, 'there were over 1,000 US deaths')).toMatchObject({ kind: 'reported', speaker: 'CBS News' });
    expect(
      quotesOf(analyze('Headline', 'The company announced, for the first time, a profit and twelve new jobs.')).filter((q) => q.kind === 'reported'),
    ).toEqual([]);
    // GSA (public domain), fresh text: a "when" clause is part of what was said, no aside.
    const example = analyze(
      'Headline',
      '“It helps us understand the needs of our audience,” Silvia Salazar said. For example, she said, when a person is diagnosed with cancer, they are immediately looking for information.',
    );
    expect(attribution(example, 'when a person is diagnosed with cancer, they are immediately looking for information')).toMatchObject({
      kind: 'reported',
      speaker: 'Silvia Salazar',
    });
  });
});

describe('a listener named in commas before "that"', () => {
  // "Zambia: Netizens Question Judges' Suspensions", Global Voices (CC BY 3.0), development half.
  test('"told an internet-based citizen radio, CrossFire Blogtalkradio, that …": the content starts after "that"', () => {
    const article = analyze(
      "Zambia: Netizens Question Judges' Suspensions",
      'Another politician and lawyer, Sakwiba Sikota, a State Counsel equivalent to a Queen’s Counsel in Britain, told an internet-based citizen radio, CrossFire Blogtalkradio, that there was an “incestuous relationship” between the complainants, the appointing authority and the Malawian chairman of the tribunal, Justice Lovemore Chikopa.',
    );
    expect(attribution(article, 'there was an “incestuous relationship”')).toMatchObject({ kind: 'reported', speaker: 'Sakwiba Sikota' });
    expect(quotesOf(article).find((q) => q.kind === 'reported')?.text).toMatch(/^there was an “incestuous relationship” between the complainants, /);
  });
});

describe('a listener with a quoted name before "that"', () => {
  // voa-cambodia-election-monitor-hello-voa-2007-04-23 (development half).
  test('"told "Hello VOA" listeners Monday that …": the programme\'s name in quote marks is part of the listener', () => {
    const article = analyze(
      "On Eve of Results, Election Monitor Addresses 'Hello VOA'",
      'Koul Panha, executive director for the Committee for Free and Fair Elections, told "Hello VOA" listeners Monday that people unhappy with the results from this month\'s commune election should not be afraid to speak up.',
    );
    expect(attribution(article, 'people unhappy with the results')).toMatchObject({ kind: 'reported', speaker: 'Koul Panha' });
  });
});

// wikinews-seoul-mayor-park-won-soon-found-dead-2020-07-09 (development half).
test('"reported to the police he …": the police are who was told, and the clause starts after them', () => {
  const text = 'At about 5:17 p.m. his daughter reported to the police he "left home four–five hours ago after leaving words like a will."';
  const verbEnd = text.indexOf(' to the police');
  expect(text.slice(pastAsides(text, verbEnd, 'reported'))).toMatch(/^ he "left home/);
  const sent = 'The suspect was reported to the police station.';
  expect(pastAsides(sent, sent.indexOf(' to the police'), 'reported')).toBe(sent.indexOf(' to the police'));
});

// Made up in the shape of a wire report; found while fixing the fresh pages of session 49.
test('"told stories that shocked …": "that" right before a verb of its own is a relative pronoun, and nothing is reported', () => {
  const article = analyze('Refugees reach the border', 'The refugees told stories that shocked the visitors.');
  expect(quotesOf(article)).toHaveLength(0);
  const said = analyze('Refugees reach the border', 'The refugees told reporters that the camp was full.');
  expect(quotesOf(said).map((q) => q.text)).toEqual(['the camp was full']);
});

// usgov-gsa-18f-moveforward-digital-services-flash-mob-2015-05-11 (held-out batch of session 55, public domain).
describe('"reminding" a listener that …', () => {
  const PARK =
    'Former U.S. Chief Technology Officer Todd Park closed the evening, reminding the group assembled that moveForward(100); was designed “to let everyone know that you’re not alone,” but “a network of awesome.”';

  test('reports what follows "that", its partial quotes included, as the subject’s', () => {
    const article = analyze('Digital services flash mob', PARK);
    expect(attribution(article, 'moveForward(100); was designed')).toMatchObject({ kind: 'reported', speaker: 'Todd Park' });
    expect(attribution(article, 'to let everyone know')).toMatchObject({ kind: 'direct', speaker: 'Todd Park' });
    expect(attribution(article, 'a network of awesome.').speaker).toBe('Todd Park');
  });

  test('"reminding me of my father" reports nothing', () => {
    const article = analyze('Digital services flash mob', 'Todd Park smiled, reminding me of my father.');
    expect(quotesOf(article)).toEqual([]);
  });
});
