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
