import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// laterFragment.ts: a later quote of a sentence, with no cue, goes on in the words of the speaker its earlier quote was
// given to when the writer's words between bring in no one else. Sentences verbatim from the development half (Wikinews,
// CC BY 2.5).

test('"She described him as “…” who was “…” and “…”" is her words throughout (wikinews-oceanographer-walter-munk-dies)', () => {
  const article = analyze(
    'Oceanographer Walter Munk dies aged 100',
    'Scripps Oceanography director Margaret Leinen said "Munk has been a world treasure for ocean science and geophysics." She described him as "a guiding force, a stimulating force, a provocative force in science for 80 years" who was "one of the most distinguished and honored scientists in the world" and "always interested in sparking a discussion about what\'s coming next."',
  );
  expect(attribution(article, 'one of the most distinguished')).toMatchObject({ kind: 'direct', speaker: 'Margaret Leinen' });
  expect(attribution(article, 'always interested in sparking')).toMatchObject({ kind: 'direct', speaker: 'Margaret Leinen' });
});

test('"… because they had “…” by pleading guilty … and “…”" goes on in the judge\'s words (wikinews-california-court-sentences-turpin-parents)', () => {
  const article = analyze(
    'California court sentences Turpin parents to life in prison',
    'The judge presiding over the case, Bernard Schwartz, said, "You have severed the ability to interact and raise your children that you have created and brought into this world." Schwartz went on to say he was not giving them the longest possible sentence because they had "accepted responsibility at an early stage in the proceeding" by pleading guilty to fourteen felony charges each and "spared your children having to relive the humiliation and the harm they endured in that house of horrors."',
  );
  expect(attribution(article, 'spared your children')).toMatchObject({ kind: 'direct', speaker: 'Bernard Schwartz' });
});

test('a quote of the next sentence is not carried on: "One of the victims said the men thought they were “…”" (wikinews-nine-jailed-bradford-childrens-home-abuse)', () => {
  const article = analyze(
    "Nine jailed over Bradford children's home abuse",
    'One of the victims waived her right to anonymity and spoke in public. She said she did this to show victims "there is nothing to be ashamed of". One of the victims said the men thought they were "nothing but a toy to play with".',
  );
  expect(attribution(article, 'nothing but a toy').resolution).not.toBe('continuation');
});

test('"“…,” adding that “…”" goes on in the speaker\'s words (gv-egypt-lawyer-arrest-saudi-arabia)', () => {
  const article = analyze(
    'Egypt: Lawyer Arrested in Saudi Arabia',
    'A high-level Egyptian delegation went to Riyadh led by Saad El Katatny, Muslim Brotherhood member and the current speaker of Egypt’s parliament.',
    "Katatny stated, “We will not interfere in Gizawy's case,” adding that “the Saudi justice system is fair.”",
  );
  expect(attribution(article, 'the Saudi justice system is fair')).toMatchObject({ kind: 'direct', speaker: 'Saad El Katatny' });
});

test('"“…,” Smith said, adding …" is not joined: the words between name a speaker of their own', () => {
  const article = analyze(
    'Egypt: Lawyer Arrested in Saudi Arabia',
    'Katatny stated, “We will not interfere in the case,” and Ahmed Maher said, adding that “the Saudi justice system is not fair.”',
  );
  expect(attribution(article, 'the Saudi justice system is not fair').speaker).not.toBe('Katatny');
});
