import { expect, test, vi } from 'vitest';
import { onceFor } from '../../../src/core/engine/onceFor';

test('an article read for an index is read once, however often a pass asks, and another article is read for itself', () => {
  const build = vi.fn((texts: ReadonlyArray<string>) => new Set(texts.flatMap((t) => t.split(' '))));
  const words = onceFor(build);
  const article = ['Putin met Tokayev', 'They talked'];
  const first = words(article);
  expect(words(article)).toBe(first);
  expect(first.has('Tokayev')).toBe(true);
  expect(build).toHaveBeenCalledTimes(1);
  expect(words(['Another article']).has('Another')).toBe(true);
  expect(build).toHaveBeenCalledTimes(2);
});
