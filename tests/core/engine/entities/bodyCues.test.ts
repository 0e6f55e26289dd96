import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// bodyCues.ts: the words around a name that only a body's take. Sentences verbatim from the development half (English
// Wikinews 2019, CC BY 2.5).

// wikinews-south-african-lion-man-killed-by-lions-2019-08-22: "Mahala" is a given name, but what someone owns is no person.
test('what "owner of" names is a business, however its first word reads ("owner of Mahala View Lion Lodge")', () => {
  const texts = [
    'South African "lion man" killed by lions',
    'Leon van Biljon, owner of Mahala View Lion Lodge near Pretoria, South Africa, was killed by his lions on Tuesday.',
    'Mahala View Lion Lodge formerly billed itself as home to three lions: Rambo, Katryn and Nakita.',
  ];
  const entities = findEntities(texts, 0).entities;
  expect(entities.find((e) => e.name === 'Mahala View Lion Lodge')?.type).toBe('organization');
  expect(entities.find((e) => e.name === 'Leon van Biljon')?.type).toBe('person');
});

// bodyCues.ts, KIND_SET_OFF_BEFORE. wikinews-chinese-police-arrest-six-mcdonalds-beating-2014-06-01 (session 53 held-out
// batch, CC BY 2.5) and gv-south-korea-us-beef-protests-2012-05-06 (Global Voices, CC BY 3.0).
test.each([
  [
    'Falungong',
    'The incident comes amid ongoing efforts by the Chinese government to control religious movements who base their teachings on Christianity and Buddhism. Another group, Falungong, also illegalized as an "evil cult", was suppressed by the government in 1999, and reportedly had a membership of millions. The government has detained tens of thousands of Falungong members.',
  ],
  ['Pressian', 'Meanwhile, a more progressive newspaper, Pressian, retrieved an image of a government advertisement from an old newspaper.'],
])('one word set off after a body’s kind noun ("Another group, %s,") is that body', (name, sentence) => {
  const entities = findEntities(['A headline about the news', sentence], 0).entities;
  expect(entities.find((e) => e.name === name)?.type).toBe('organization');
});

// Made up, near miss: the kind noun is the object of "of", so the name set off after it is a member, not the group.
test('"A member of the group, Wang, said" keeps Wang a person', () => {
  const entities = findEntities(
    ['A headline about the news', 'A member of the group, Wang, said the police came at night. Wang said they were beaten.'],
    0,
  ).entities;
  expect(entities.find((e) => e.name === 'Wang')?.type).toBe('person');
});
