import { expect, test } from 'vitest';
import { articleEntities } from '../../../../src/core/engine/assemble/entities';
import { entityIds } from '../../../../src/core/engine/assemble/entityIds';
import type { Slot } from '../../../../src/core/engine/assemble/slots';
import type { FoundEntity } from '../../../../src/core/engine/entities/types';
import { person, quote } from './helpers';

const slots: Array<Slot> = [
  { id: 'headline', role: 'headline', text: 'Talks' },
  { id: 'p1', role: 'paragraph', text: '"No deal," the Kremlin said. A source close to the talks was not sure.' },
];
const kremlin: FoundEntity = { ...person('the Kremlin', [1, 11, 22]), type: 'place' };

test('a building that speaks is listed as the institution inside it', () => {
  const found = { quotes: [quote(1, 1, 9, kremlin, [11, 22], 'name')], genders: new Map(), anonymity: new Map() };
  const [entity] = articleEntities(slots, [kremlin], found, entityIds([kremlin]));
  expect(entity).toMatchObject({ name: 'the Kremlin', type: 'organization' });
});

test('an unnamed source that speaks no quote is not listed as a person', () => {
  const source = person('A source close to the talks', [1, 29, 56]);
  const found = { quotes: [], genders: new Map(), anonymity: new Map([[source, { reason: null }]]) };
  expect(articleEntities(slots, [source], found, entityIds([source]))).toEqual([]);
});

test('a gender the text does not state stays unknown', () => {
  const lutz = person('Dana Lutz', [1, 0, 4]);
  const found = { quotes: [], genders: new Map(), anonymity: new Map() };
  const [entity] = articleEntities(slots, [lutz], found, entityIds([lutz]));
  expect(entity).toMatchObject({ name: 'Dana Lutz', gender: 'unknown', genderEvidence: null });
});
