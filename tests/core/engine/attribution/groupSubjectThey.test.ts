import { groupSubjectBefore } from '../../../../src/core/engine/attribution/groupSubjectThey';
import { analyze, attribution } from './helpers';

// groupSubjectThey.ts: a "they" in a sentence whose subject is an unnamed group is that group, not a body named before.
// English Wikinews (CC BY 2.5), development half: wikinews-first-foreigners-die-coronavirus-wuhan-2020-02-10.

const WUHAN =
  'According to the U.S. embassy in Beijing, the infected 60-year-old western man died in February 6; Chinese authorities referred to him as "Chinese-American." Japanese officials said the Japanese man showed symptoms similar to the coronavirus infection and was suspected to have it; his death, they reported, was officially described as viral pneumonia.';

test('"Japanese officials said …; his death, they reported, …" is the officials\', not the embassy named a sentence before', () => {
  const article = analyze('Coronavirus kills first foreigners in Wuhan', WUHAN);
  expect(attribution(article, 'was officially described as viral pneumonia').speaker).toBeNull();
  expect(attribution(article, 'the infected 60-year-old western man').speaker).toBe('U.S. embassy in Beijing');
});

test('only a "they" after an unnamed group and its verb is the group\'s', () => {
  const sentence = 'Japanese officials said the Japanese man showed symptoms; his death, they reported, was viral pneumonia.';
  expect(groupSubjectBefore(sentence, 0, sentence.indexOf('they'))).toBe(true);
  const named = 'The ministry said the man showed symptoms; his death, they reported, was viral pneumonia.';
  expect(groupSubjectBefore(named, 0, named.indexOf('they'))).toBe(false);
});
