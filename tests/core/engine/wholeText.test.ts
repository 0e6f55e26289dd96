import { expect, test } from 'vitest';
import { articleHolds, wholeText } from '../../../src/core/engine/wholeText';

test('an article holds a word when one of its blocks does, and the blocks are joined once', () => {
  // Sentences of the Wikinews report of a Scientology imprisonment claim (development half).
  const texts = ['Valeska Paris, an Australian woman, says she was held on a ship.', 'Paris also claims she was first sent to the ship.'];
  expect(articleHolds(texts, 'Paris also')).toBe(true);
  expect(articleHolds(texts, 'paris')).toBe(false);
  // A word cut by two blocks' boundary is in neither.
  expect(articleHolds(texts, 'ship.Paris')).toBe(false);
  expect(wholeText(texts)).toBe(wholeText(texts));
});
