import { expect, test } from 'vitest';
import { perfectObject, speaksOfObject } from '../../../../../src/core/engine/attribution/reported/groupObject';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/groupObject.ts: an unnamed group's words told by the object of a verb that takes what was said.

// gv-palestine-prisoners-mass-hunger-strike-2012-05-02 and usgov-army-innovation-force-modernization-complex-world-2015-01-30
// (development half).
test('"The prisoners are demanding an end to …", "Senior Army leaders … emphasized the importance of …": a group\'s words, unattributed', () => {
  const prisoners = analyze(
    'Palestine: Prisoners on mass hunger strike',
    'The prisoners are demanding an end to solitary confinement, administrative detentions and punitive measures.',
  );
  expect(attribution(prisoners, 'an end to solitary confinement, administrative detentions and punitive measures')).toMatchObject({
    kind: 'reported',
    speaker: null,
  });
  const army = analyze(
    'Innovation, force modernization key to Army success in complex world',
    "Senior Army leaders attending the event emphasized the importance of innovation to ensure the Army's ability to prevent conflict, shape security environments, and win wars against adaptive adversaries.",
  );
  expect(attribution(army, 'the importance of innovation to ensure')).toMatchObject({ kind: 'reported', speaker: null });
});

// gv-algeria-legislative-elections-low-turnout-2012-05-12 (development half).
test('near misses: expressing by an act, thanking, and a pronoun object are no words of the group', () => {
  expect(speaksOfObject('expressed', ' their political dissent through boycotting the elections')).toBe(false);
  expect(speaksOfObject('thanked', ' the developers')).toBe(false);
  expect(speaksOfObject('praised', ' them again')).toBe(false);
  expect(speaksOfObject('stressed', ' the importance of careful investment')).toBe(true);
  const algeria = analyze('Algeria: Legislative elections', 'Many people expressed their political dissent through boycotting the elections.');
  expect(quotesOf(algeria).filter((q) => q.kind === 'reported')).toEqual([]);
});

// gv-french-caribbean-ministers-skills-or-tokens-2012-05-21 and gv-russia-varlamov-omsk-campaign-failure-2012-05-04
// (development half).
test('after "has" or "had", a pledge\'s or an emphasis\'s noun-phrase object is reported as after the simple past', () => {
  const hollande = analyze(
    'French Caribbean: Ministers, skills or tokens?',
    'Before his election as the 24th President of the French Republic, left-wing candidate Francois Hollande, had promised a new government with two specificities: an equal number of women and men and ministers - and from all ethnic and cultural backgrounds.',
  );
  expect(attribution(hollande, 'a new government with two specificities')).toMatchObject({ kind: 'reported' });
  const navalny = analyze(
    "Russia: Varlamov's Omsk campaign failure",
    "Alexei Navalny is a blogger. While Navalny has emphasized the campaign's success in drawing a new level of attention to primaries and political life, he criticized Varlamov for his apparent ignorance.",
  );
  expect(attribution(navalny, "the campaign's success in drawing a new level of attention to primaries and political life")).toMatchObject({
    kind: 'reported',
  });
  expect(perfectObject('claimed', ' the lives of 20 people')).toBe(false);
  const disease = analyze('Outbreak', 'The outbreak has claimed the lives of twenty people in the province since March.');
  expect(quotesOf(disease).filter((q) => q.kind === 'reported')).toEqual([]);
});
