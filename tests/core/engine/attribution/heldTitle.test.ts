import { expect, test } from 'vitest';
import { holdsRole, titleWords } from '../../../../src/core/engine/attribution/heldTitle';
import type { FoundEntity } from '../../../../src/core/engine/entities/types';

// heldTitle.ts: the title words the text gave an entity, as role words or in its role, and whether a person holds a noun.

const entity = (type: FoundEntity['type'], name: string, role: string | null, roleWords: Array<string>): FoundEntity => ({
  key: name,
  type,
  name,
  role,
  aliases: new Set(),
  mentions: [],
  roleWords: new Set(roleWords),
});

test('"Mexico\'s Foreign Secretary Marcelo Ebrard": the title words are the role\'s, in lower case, with the role words', () => {
  const ebrard = entity('person', 'Marcelo Ebrard', 'Foreign Secretary', ['secretary']);
  expect([...titleWords(ebrard)].sort()).toEqual(['foreign', 'secretary']);
  expect(holdsRole(ebrard, 'secretary')).toBe(true);
  expect(holdsRole(ebrard, 'minister')).toBe(false);
});

test('"Vice-President and Defense Minister José Alencar": a hyphened title gives each of its words', () => {
  const alencar = entity('person', 'José Alencar', 'Vice-President and Defense Minister', []);
  expect(holdsRole(alencar, 'president')).toBe(true);
  expect(holdsRole(alencar, 'minister')).toBe(true);
});

test('only a person holds a role noun, not a body whose name holds it', () => {
  expect(holdsRole(entity('organization', 'Ministry of Water Resources', 'ministry', ['ministry']), 'ministry')).toBe(false);
});
