import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';
import type { Article } from '../../../../../src/core/schema';

// reported/insertedCue.ts: a cue clause set between commas after an opening that only leads into what was said.

const reportedTexts = (article: Article) =>
  quotesOf(article)
    .filter((q) => q.kind === 'reported')
    .map((q) => q.text);

describe('a cue set between commas after a subordinate opening: the main clause after it is what was said', () => {
  // wikinews-covid-19-may-spread-like-flu-2020-02-22 (development half).
  test('"If these findings are accurate, scientists say, containing COVID-19 may require …" reports the main clause, unattributed', () => {
    const article = analyze(
      'COVID-19 may spread like flu',
      'Efforts to contain the SARS outbreak, which took place in 2003, mainly involved preventing the spread of the virus within hospitals. If these findings are accurate, scientists say, containing COVID-19 may require a different approach.',
    );
    expect(attribution(article, 'containing COVID-19 may require')).toMatchObject({ kind: 'reported', speaker: null, cue: 'scientists say' });
    expect(reportedTexts(article)).not.toContain('If these findings are accurate');
  });

  // wikinews-upside-down-rivers-break-antarctic-ice-shelves-2019-10-12 (development half).
  test('"Because warmer water is more buoyant, says the study, it rises above cooler water …" reports the clause after the cue', () => {
    const article = analyze(
      'Upside-down rivers',
      'Because warmer water is more buoyant, says the study, it rises above cooler water, creating what the scientists describe as an "upside-down river" flowing underneath the layers of ice.',
    );
    expect(reportedTexts(article)[0]).toMatch(/^it rises above cooler water/);
    expect(attribution(article, 'it rises above cooler water')).toMatchObject({ speaker: null, cue: 'says the study' });
  });

  test('a named speaker between the commas speaks the main clause: "When the storm hit, Mary Jones recalled, the roof was torn off"', () => {
    const article = analyze('Storm', 'When the storm hit, Mary Jones recalled, the roof was torn off.');
    expect(attribution(article, 'the roof was torn off')).toMatchObject({ kind: 'reported', speaker: 'Mary Jones' });
  });
});

describe('a cue set between commas after a subject: the predicate after it is what was said', () => {
  // voa-zimbabwe-harare-denies-passport-seizure-list-2005-09-06 (development half).
  test('"… and which, the government’s critics say, has been economically disastrous" is the critics\' words', () => {
    const article = analyze(
      'Harare denies list',
      'The amendment essentially nationalized all of the agricultural land in the country, consolidating the land reform which Harare has pursued for the past five years and which, the government’s critics say, has been economically disastrous.',
    );
    expect(attribution(article, 'has been economically disastrous')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // gv-russia-ustream-ddos-attack-russian-blogger-2012-05-10 (development half).
  test('"Ustream’s mission, says Mr. Hunstable, is to provide a platform …" is Hunstable\'s', () => {
    const article = analyze(
      'Ustream attacked',
      'Brad Hunstable is the chief executive of Ustream. Ustream’s mission, says Mr. Hunstable, is to provide a platform for people to share stories and build communities.',
    );
    expect(attribution(article, 'is to provide a platform')).toMatchObject({ kind: 'reported', speaker: 'Brad Hunstable' });
  });

  // wikinews-florida-highway-pileup-fire-kills-children-2019-01-05 (development half).
  test('"around 50 gallons of diesel fuel, officials said, spilled and ignited" gives the officials, unnamed, the predicate', () => {
    const article = analyze(
      'Pileup',
      'One semi truck and a car broke through the center guardrail before colliding with other vehicles; around 50 gallons of diesel fuel, officials said, spilled and ignited.',
    );
    expect(attribution(article, 'spilled and ignited')).toMatchObject({ kind: 'reported', speaker: null, cue: 'officials said' });
  });
});

describe('what the sieve leaves alone', () => {
  // usgov-nasa-global-accounting-earths-rivers-2024-04-26 (development half): the main clause stands before the cue.
  test('a subordinate opening with a main clause of its own before "said X, a co-author" reports that main clause', () => {
    const article = analyze(
      'Rivers',
      'Although researchers have made numerous estimates over the years of how much water flows from rivers into the ocean, estimates of the volume of water rivers collectively hold have been few and more uncertain, said JPL’s Cédric David, a co-author of the study.',
    );
    expect(reportedTexts(article)).not.toContain('a co-author of the study');
  });

  test('an appositive between commas is no cue: "John Smith, the mayor, said the city was safe"', () => {
    const article = analyze('Safe', 'John Smith, the mayor, said the city was safe.');
    expect(attribution(article, 'the city was safe')).toMatchObject({ kind: 'reported', speaker: 'John Smith' });
  });
});

describe('sentences the sieve leaves to the others', () => {
  // Fresh Wikinews, February 2020 ("First foreigners die from coronavirus in Wuhan, China").
  test('an opening with a cue of its own keeps its report: "Japanese officials said the man showed symptoms …; his death, they reported, …"', () => {
    const article = analyze(
      'First foreigners die',
      'Japanese officials said the Japanese man showed symptoms similar to the coronavirus infection and was suspected to have it; his death, they reported, was officially described as viral pneumonia.',
    );
    expect(reportedTexts(article)[0]).toMatch(/^the Japanese man showed symptoms/);
  });

  // Fresh Global Voices, an interview's answer (Nigeria: BattaBox Bakes Stories Through Online Videos).
  test('"Video, I believe, is the most powerful communication medium" is the speaker\'s own hedge, no report', () => {
    const article = analyze('BattaBox', 'Video, I believe, is the most powerful communication medium.');
    expect(reportedTexts(article)).toEqual([]);
  });
});
