import { expect, test } from 'vitest';
import { namesLaterSource } from '../../../../../src/core/engine/attribution/sieves/laterSource';

// sieves/laterSource.ts: the words after a colon sentence's first source that bring in another one.

test('a second example, a second handle or a contrast with a subject of its own is another source', () => {
  expect(namesLaterSource(', mocked the ruling, while others, like Wael Abbas [ar], were angry:')).toBe(true);
  expect(namesLaterSource(', mocked it, and Mona Seif (@monasosh) was angry:')).toBe(true);
  expect(namesLaterSource(', called for an inquiry, while blogger Ali Hassan wrote:')).toBe(true);
});

test('a contrast the same subject carries on is not', () => {
  expect(namesLaterSource(' mocked the president, while also calling for calm:')).toBe(false);
  expect(namesLaterSource(', called for his resignation on the Armenian Environmental Network Facebook group page:')).toBe(false);
});
