import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { personNounBefore } from '../../../../src/core/engine/entities/personNounBefore';

// personNounBefore.ts: a noun only a person is, right before a name. Sentences from the development half of
// tests/fixtures/real.

test('a reader "named" in a Global Voices round-up is a person, though the lexicons know no such name', () => {
  // gv-gabon-bloggers-omar-bongo-death-2009-06-08
  const texts = [
    'A headline about the news',
    'At the newsportal Gaboneco [Fr], a Gabonese reader named Ogwera left a comment asking for democratic elections:',
  ];
  expect(findEntities(texts, 0).entities.find((e) => e.name === 'Ogwera')?.type).toBe('person');
});

test('a student "named" is a person, a site "called" is not', () => {
  // wikinews-hong-kong-protests-continue-rain-police-2019-08-18: "A university student named Wong said, …".
  expect(personNounBefore('A university student named ', ['Wong'])).toBe(true);
  expect(personNounBefore('excavations at a site called ', ['Bacho', 'Kiro'])).toBe(false);
});
