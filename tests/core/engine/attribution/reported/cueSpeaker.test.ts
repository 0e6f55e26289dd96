import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/cueSpeaker.ts: who speaks a cue verb: the words before it, the one cited or quoted, the subject of the clause or
// cue it goes on from after "and" or a participle, or an unnamed group, left unattributed.

// Global Voices, "Armenia: Firebombers released on bail", 2012-05-16, CC BY 3.0 (development half; the name shortened to one
// the name pass reads as a person's, since the article's is read as an organisation's).
test('"X was quoted by the local media as saying that …" is X’s reported speech', () => {
  const article = analyze(
    'Armenia: Firebombers Released on Bail',
    'Of concern to some observers, however, was that bail was posted by MP John Minasyan. Moreover, fuelling worries about the rise of nationalism in the country, Minasyan was quoted by the local media as saying that the two brothers were "normal people."',
  );
  expect(attribution(article, 'the two brothers were')).toMatchObject({
    kind: 'reported',
    speaker: 'John Minasyan',
    cue: 'Minasyan was quoted by the local media as saying that',
  });
});
describe('"cited X as saying …"', () => {
  // "Indonesian security minister Wiranto stabbed", fresh Wikinews 2019-10-11 (CC BY 2.5).
  test('the one cited is the speaker, not the outlet that cites', () => {
    const article = analyze(
      'Indonesian security minister Wiranto stabbed',
      'The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as saying the suspects were linked to the Jamaah Ansharut Daulah network, which itself was related to the Islamic State.',
    );
    expect(attribution(article, 'the suspects were linked to the Jamaah Ansharut Daulah network')).toMatchObject({ kind: 'reported', speaker: 'Budi Gunawan' });
  });
});
describe('a present speech verb after "and" goes on with the clause’s subject', () => {
  // NASA, "Career journey: astronaut fitness trainer" (2024, public domain), development half.
  test('"Twine cautions against … and says you just need to …": the second verb is Twine’s too', () => {
    const article = analyze(
      'Career journey',
      'Corey Twine is an astronaut strength, conditioning and rehabilitation specialist.',
      'Twine cautions against believing you’re not smart enough and says you just need to put in the hard work.',
    );
    expect(attribution(article, 'you just need to put in the hard work')).toMatchObject({ kind: 'reported', speaker: 'Corey Twine' });
  });
});
describe('a paper as the unnamed subject', () => {
  // Wikinews, "Earth-based life can survive in hydrogen-rich atmospheres" (2020, CC BY 2.5), fresh text.
  test('"…, the paper suggests researchers could observe …": reported, left unattributed', () => {
    const article = analyze(
      'Earth-based life can survive in hydrogen-rich atmospheres',
      "With NASA's James Webb Telescope scheduled to be deployed next year, the paper suggests researchers could observe smaller exoplanets that orbit small red-dwarf stars.",
    );
    expect(attribution(article, 'researchers could observe smaller exoplanets')).toMatchObject({ kind: 'reported', speaker: null });
  });
});
describe('a plural present reports what a group claims, notes or estimates', () => {
  // wikinews (Karol Bagh hotel fire): "Fires are common in India. Activists claim safety standards are routinely ignored."
  test('"Activists claim …", "Officials estimate …": an unnamed group’s words, left unattributed', () => {
    const article = analyze(
      'Hotel fire',
      'Fires are common in India. Activists claim safety standards are routinely ignored. Officials estimate the repairs will cost about $2 million.',
    );
    expect(attribution(article, 'safety standards are routinely ignored')).toMatchObject({ kind: 'reported', speaker: null, cue: 'Activists claim' });
    expect(attribution(article, 'the repairs will cost')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // Fresh digital.gov and NASA pages: the same words as nouns, after a modal or "to", or the writer's "Please note".
  test("not a noun, a modal's or an infinitive's verb, nor the writer's \"Please note that …\"", () => {
    const article = analyze(
      'Open police data',
      'A police report might mention a 20-year-old female living in the zip code without much risk of identifying that individual.',
      'This policy outlines how researchers can report system vulnerabilities, while keeping personal and financial information safe.',
      'High participation rates may suggest that users feel a sense of community and involvement.',
      'Please note that we have updated this article since its original publication.',
    );
    expect(quotesOf(article)).toEqual([]);
  });

  // US Army ARCIC (force design) and NASA (XMM-Newton, Cloverleaf), development half.
  test('not the writer’s "Also, note that …", nor a name read before a plural present', () => {
    const article = analyze(
      'Force design',
      'Also, note that under the Modular Force design, Stryker BCTs (SBCT) already contained three maneuver battalions.',
      'Now, new observations of one dubbed the Cloverleaf suggest it was created by clashing groups of galaxies.',
    );
    expect(quotesOf(article).filter((q) => q.speakerId !== null)).toEqual([]);
    expect(quotesOf(article).map((q) => q.text)).not.toContain(
      'under the Modular Force design, Stryker BCTs (SBCT) already contained three maneuver battalions',
    );
  });
});
describe('cue verb: an act in words as the object after "and"', () => {
  // wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30 (development half).
  test('"Seidenberg defended the payments … and denied any allegation of quid pro quo" is his denial', () => {
    const article = analyze(
      'On the campaign trail',
      'Mark Seidenberg received advances from Rocky De La Fuente. Seidenberg defended the payments in comments on Ballot Access News and denied any allegation of quid pro quo.',
    );
    expect(attribution(article, 'any allegation of quid pro quo')).toMatchObject({ kind: 'reported', speaker: 'Mark Seidenberg', cue: 'denied' });
  });

  // Fresh Wikinews (CC BY 2.5), "WWE wrestler Jon Huber dies aged 41", December 2020.
  test('"WWE expressed sadness and extended condolences to …" is the company\'s', () => {
    const article = analyze('Wrestler Jon Huber dies', 'WWE expressed sadness and extended condolences to the family, friends, and fans of Huber.');
    expect(attribution(article, 'condolences to the family')).toMatchObject({ kind: 'reported', cue: 'extended' });
  });

  test('an object that is no act in words leaves the verb after "and" without a speaker', () => {
    const article = analyze('Headline', 'Mark Seidenberg visited the lab and repeated the experiment three times.');
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });
  // gv-south-korea-podcasters-questioned-police-2012-05-21 (development half).
  test('"some net users expressing that …" reports the net users\' view, and the next clause keeps its own cue', () => {
    const article = analyze(
      'South Korea: Podcasters Questioned by Police',
      'While there are some net users expressing that the investigation is justified, a majority of Twitter users have defended Kim and accused police of unfairly summoning him while condoning other major political heavyweights responsible for similar remarks and campaign activities.',
    );
    expect(attribution(article, 'the investigation is justified')).toMatchObject({ kind: 'reported', speaker: null });
    expect(quotesOf(article).some((q) => q.text.startsWith('police of unfairly summoning him'))).toBe(true);
  });

  test('"…, expressing her condolences to …" after a named speaker\'s clause is hers; a thing "expressing hope" says nothing', () => {
    const article = analyze(
      'Headline',
      'Governor Jane Smith spoke on Monday, expressing her condolences to the families.',
      'The mural, expressing hope for peace, was painted in 2010.',
    );
    expect(attribution(article, 'her condolences to the families')).toMatchObject({ kind: 'reported', speaker: 'Jane Smith' });
    expect(quotesOf(article).some((q) => q.text.startsWith('hope for peace'))).toBe(false);
  });
});
describe('a second speech verb after "and" with a clause of its own', () => {
  // English Wikinews, 2019 (CC BY 2.5), development half.
  test("'The Ministry further indicated A and suggested B' gives both clauses to the ministry", () => {
    const article = analyze(
      'Bus overturns in Babyninsky, Russia',
      'The Emergency Situations Ministry further indicated no additional vehicles were involved and suggested the driver lost control and left the road.',
    );
    expect(attribution(article, 'no additional vehicles were involved')).toMatchObject({ kind: 'reported', speaker: 'Emergency Situations Ministry' });
    expect(attribution(article, 'the driver lost control and left the road')).toMatchObject({
      kind: 'reported',
      speaker: 'Emergency Situations Ministry',
      cue: 'suggested',
    });
  });
});
// wikinews-sars-cov-2-surpasses-one-million-infections-2020-04-05 (development half).
test('"Around the world, countries announced stricter measures …": an unnamed group’s announced object is reported, unattributed', () => {
  const article = analyze(
    'SARS-CoV-2 surpasses one million infections',
    'Around the world, countries announced stricter measures to inhibit the disease from spreading. On Thursday, Sergei Sobyanin, the mayor of Moscow, extended the city lockdown to May 1.',
  );
  expect(attribution(article, 'stricter measures to inhibit the disease from spreading')).toMatchObject({ kind: 'reported', speaker: null });
});

// wikinews-tsikhanouskaya-rally-minsk-2020-08-03 (Wikinews, CC BY 2.5), development half.
test('"She asked for support, specially asking voters to vote at the polls …": an adverb before the participle, which goes on with her', () => {
  const article = analyze(
    'Tsikhanouskaya holds rally in Minsk',
    'Sviatlana Tsikhanouskaya arrived at at about 20:00. She asked for support, specially asking voters to vote at the polls, not before election day.',
  );
  expect(attribution(article, 'voters to vote at the polls')).toMatchObject({ kind: 'reported', speaker: 'Sviatlana Tsikhanouskaya', cue: 'asking' });
});

// A fresh Wikinews page (Iran uranium talks, October 2009), measured held out.
test("\"declined to comment on Iranian media reports that …\": the reports' claim is no one's the text names, not the delegate's", () => {
  const article = analyze(
    'Iran uranium talks off to good start',
    'The head of the Iranian delegation, Ali Asghar Soltanieh, agreed with with the comments, but declined to comment on Iranian media reports that the government is reluctant to send its nuclear fuel.',
  );
  expect(attribution(article, 'the government is reluctant')).toMatchObject({ kind: 'reported', speaker: null });
});

test('"Iranian media reports that …" opening its sentence is still the media\'s report, unattributed', () => {
  const article = analyze('Talks', 'Iranian media reports that the government is reluctant to send its nuclear fuel abroad.');
  expect(attribution(article, 'the government is reluctant')).toMatchObject({ kind: 'reported', speaker: null });
});

// A fresh Wikinews page (AirAsia flight 8501, December 2014), measured held out.
describe('"used <an occasion> to say …"', () => {
  test('is the speech of the one who used the occasion', () => {
    const article = analyze(
      'AirAsia jet vanishes',
      "Pope Francis used today's address in St. Peter's Square, the Vatican to say he was praying for the missing.",
      'The minister, John Hale, used the occasion to announce that the search would go on.',
    );
    expect(attribution(article, 'he was praying for the missing')).toMatchObject({ kind: 'reported', speaker: 'Francis' });
    expect(attribution(article, 'the search would go on')).toMatchObject({ kind: 'reported', speaker: 'John Hale' });
  });

  test('a tool used to do something is no occasion of speech (usgov-nasa-hi-c-rocket-solar-flare-2024-05-03)', () => {
    const article = analyze(
      'Hi-C rocket catches a solar flare',
      'They also used a new algorithm to predict the behavior of a solar flare, allowing them to launch the rocket at the ideal time.',
    );
    expect(quotesOf(article)).toEqual([]);
  });
});
