import { describe, expect, test } from 'vitest';
import { setOffAdverbAt } from '../../../../src/core/engine/attribution/setOffAdverb';
import { analyze, attribution } from './helpers';

// setOffAdverb.ts: a connective adverb set off by commas between a subject and its verb ("The United States Geological
// Survey, however, reported") is no appositive describing the subject.

describe('an adverb set off by commas between the speaker and the verb', () => {
  // wikinews-four-aftershocks-hit-central-chile-2010-11-28.
  test('"The United States Geological Survey, however, reported that …" is the survey\'s report, both that-clauses', () => {
    const article = analyze(
      'Four aftershocks hit central Chile',
      'An earthquake of magnitude 5.2 hit central Chile on Saturday, according to the National Emergency Office.',
      'The United States Geological Survey, however, reported that the earthquake had a magnitude of 5.4, and that it occurred at a depth of 35 kilometers, 60 kilometers northwest of Curicó, Maule Region.',
    );
    expect(attribution(article, 'the earthquake had a magnitude of 5.4')).toMatchObject({ kind: 'reported', speaker: 'United States Geological Survey' });
    expect(attribution(article, 'it occurred at a depth of 35 kilometers').speaker).toBe('United States Geological Survey');
  });

  test('the offset of ", however," is found at the end of the words before the verb', () => {
    const stretch = 'The United States Geological Survey, however,';
    expect(setOffAdverbAt(stretch)).toBe('The United States Geological Survey'.length);
  });

  test('a description set off by commas stays an appositive: "Smith, a spokesman," and "Smith, spokesman,"', () => {
    expect(setOffAdverbAt('Smith, a spokesman,')).toBeNull();
    expect(setOffAdverbAt('Smith, spokesman,')).toBeNull();
  });

  // wikinews-egypt-army-will-not-use-force-mubarak-cabinet-2011-01-29.
  test('after a lower-case word the commas are left alone: "Analysts have, however, suggested" reads as before', () => {
    expect(setOffAdverbAt('Analysts have, however,')).toBeNull();
  });
});

// A fresh Wikinews page (Wikinews Shorts, April 2007), measured held out.
test('an adverb set off after the subject’s auxiliary: "He has, however, said that …" is his', () => {
  const article = analyze(
    'Wikinews Shorts: April 16, 2007',
    'Secretary of State for Trade and Industry Alistair Darling said that some MPs have called for the scrapping of the DTI. He has, however, said that DTI needed to continue for nuclear decommissioning.',
  );
  expect(attribution(article, 'DTI needed to continue')).toMatchObject({ kind: 'reported', speaker: 'Alistair Darling' });
  expect(setOffAdverbAt('Analysts have, however,')).toBeNull();
});

// wikinews-swine-flu-cases-worldwide-top-1000-2009-05-04.
describe('an adverb set off after an emphatic "did"', () => {
  test('"She did, however, warn that … it "would be …"" is hers, the clause and the words in marks', () => {
    const article = analyze(
      'Swine flu cases worldwide top 1,000',
      'World Health Organization Director-General Margaret Chan spoke in Geneva on Monday.',
      'Chan said that there was "no indication that we are facing a situation similar to that in 1918," when an outbreak of the flu killed fifty million people. She did, however, warn that if the virus were to start in a second wave, it "would be the biggest of all outbreaks the world has faced in the 21st century."',
    );
    expect(attribution(article, 'would be the biggest of all outbreaks')).toMatchObject({ kind: 'direct', speaker: 'Margaret Chan' });
    expect(setOffAdverbAt('She did, however,')).toBe('She did'.length);
  });

  test('a plural\'s "did" leaves the commas alone: "Analysts did, however," reads as before', () => {
    expect(setOffAdverbAt('Analysts did, however,')).toBeNull();
  });
});
