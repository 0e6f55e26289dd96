import { expect, test } from 'vitest';
import { entityIds } from '../../../../src/core/engine/assemble/entityIds';
import { person } from './helpers';

test('each entity gets its name as its id, and a second with the same name a numbered one', () => {
  const first = person('Dana Lutz');
  const second = person('Dana Lutz');
  const other = person('Ana Ruiz');
  const ids = entityIds([first, second, other]);
  expect(new Set(ids.values()).size).toBe(3);
  expect(ids.get(second)).toBe(`${ids.get(first)}-2`);
  expect(ids.get(other)).toMatch(/ana-ruiz/);
});
