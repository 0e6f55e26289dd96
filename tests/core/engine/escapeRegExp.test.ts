import { expect, test } from 'vitest';
import { escapeRegExp } from '../../../src/core/engine/escapeRegExp';

test('a name with a full stop matches only itself, not any character in its place ("St. John" is not "Sty John")', () => {
  const pattern = new RegExp(`^${escapeRegExp('St. John')}$`);
  expect(pattern.test('St. John')).toBe(true);
  expect(pattern.test('Sty John')).toBe(false);
});

test('every character a pattern reads as syntax is taken as written', () => {
  const written = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
  expect(new RegExp(`^${escapeRegExp(written)}$`, 'u').test(written)).toBe(true);
  expect(escapeRegExp('Jean-Luc O’Neill')).toBe('Jean-Luc O’Neill');
});
