import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

const organisation = (texts: ReadonlyArray<string>, alias: string) =>
  [...findEntities(texts).entities].find((e) => e.type === 'organization' && (e.name === alias || e.aliases.has(alias)));

test('a body written in short before its listed acronym is named by its full name, the short one kept as an alias', () => {
  const unicef = organisation(["The U.N. Children's Fund (UNICEF) said in a statement that vaccine supplies were adequate."], 'UNICEF');
  expect(unicef?.name).toBe("United Nations Children's Fund");
  expect(unicef?.aliases).toContain("U.N. Children's Fund");
});

test('a listed acronym that names another body does not rename the party it follows', () => {
  const party = organisation(['The Alliance Party (AP) said it would not join the coalition.'], 'AP');
  expect(party?.name).toBe('Alliance Party');
});
