import { adjacentSwap } from '../../../../src/core/engine/entities/adjacentSwap';

// adjacentSwap.ts: two letters side by side swapped, the slip of the keys nameSpellings.ts and shortForms.ts both read.

test('two letters side by side swapped are a swap ("Rumsfled" for "Rumsfeld", "Chavze" for "Chavez")', () => {
  expect(adjacentSwap('Rumsfled', 'Rumsfeld')).toBe(true);
  expect(adjacentSwap('Rumsfeld', 'Rumsfled')).toBe(true);
  expect(adjacentSwap('Chavze', 'Chavez')).toBe(true);
});

test('the first two letters swapped are a swap too: the callers guard the first letter themselves', () => {
  expect(adjacentSwap('rBown', 'Brown')).toBe(true);
});

test('the same word, a letter changed, a letter put in or letters swapped apart are no swap', () => {
  expect(adjacentSwap('Brown', 'Brown')).toBe(false);
  expect(adjacentSwap('Hansen', 'Hanson')).toBe(false);
  expect(adjacentSwap('Abbot', 'Abbott')).toBe(false);
  expect(adjacentSwap('Mlrod', 'Mordl')).toBe(false);
  expect(adjacentSwap('Rumsfled', 'Rumsfeed')).toBe(false);
});
