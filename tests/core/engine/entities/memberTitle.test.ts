import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

const found = (text: string) => findEntities(['A headline about the news', text], 0).entities.map((e) => `${e.type}: ${e.name}`);

test('"Board Member Jennifer Homendy" names the board member, not an organisation', () => {
  // wikinews-world-war-ii-plane-crashes-connecticut-2019-10-03 (development half).
  const entities = found('Blumenthal said the NTSB would begin an investigation at Bradley Airport, led by Board Member Jennifer Homendy.');
  expect(entities).toContain('person: Jennifer Homendy');
  expect(entities).not.toContain('organization: Board Member Jennifer Homendy');
});

test('"Member" with no given name after it stays part of a name ("Member States")', () => {
  expect(found('The European Union Member States agreed.').some((e) => e.startsWith('person:'))).toBe(false);
});
