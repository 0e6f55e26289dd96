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

// wikinews-police-arrest-twelve-jackal-tamil-nadu-2020-06-11: the group word alone opens the sentence, and the
// organisation of the paragraph before ("Journal of Threatened Taxa") was taken for "they".
const JACKAL_STUDY =
  'One study in the Journal of Threatened Taxa from March noted authorities seized 126 skins, eight tails, 16 skulls and two live jackals from 2013 to 2019. The same study also noted over 370 "jackal horns" seized in the same period.';
const ELEPHANT =
  "Last week, in the neighbouring state of Kerala, one suspect was arrested in connection with the death of a pregnant female elephant suffering from explosive injuries. Authorities said they believed a fruit filled with firecrackers had exploded in the elephant's mouth, damaging her jaw and ultimately leading to her death.";

test('"Authorities said they believed …" is the authorities\' belief, not the journal\'s named a paragraph before', () => {
  const article = analyze('Police arrest twelve after explosives kill jackal in Tamil Nadu, India', JACKAL_STUDY, ELEPHANT);
  expect(attribution(article, "a fruit filled with firecrackers had exploded in the elephant's mouth").speaker).toBeNull();
});

test('a group alone or after a clause before it ("Police told …", "Last week, authorities said …") is whom "they" stands for', () => {
  for (const sentence of ['Police told reporters they felt the fruit had exploded.', 'Last week, authorities said they believed the fruit had exploded.'])
    expect(groupSubjectBefore(sentence, 0, sentence.indexOf('they'))).toBe(true);
  // "Police said they questioned the car's owner." (wikinews-fire-parking-structure-sola-airport-norway-2020-01-10)
  const police = "Police said they questioned the car's owner.";
  expect(groupSubjectBefore(police, 0, police.indexOf('they'))).toBe(true);
  const object = 'The ministry thanked the police, and the mayor said they believed the fruit had exploded.';
  expect(groupSubjectBefore(object, 0, object.indexOf('they'))).toBe(false);
});

// A fresh Wikinews page (Wikinews Shorts, November 2008), measured held out.
test('"Nkunda\'s forces declared a ceasefire last week, but they say that …" is the forces\', not the agency named before', () => {
  const article = analyze(
    'Wikinews Shorts: November 28, 2008',
    'According to the United Nations refugee agency, 13,000 people have fled into Uganda from a rebel advance.',
    "Nkunda's forces declared a ceasefire last week, but they say that this does not apply to operations against foreign militia.",
  );
  expect(attribution(article, 'this does not apply to operations')).toMatchObject({ kind: 'reported', speaker: null });
});
