import { expect, test } from 'vitest';
import { mentionsByBlock } from '../../../../src/core/engine/assemble/mentions';
import { entityIds } from '../../../../src/core/engine/assemble/entityIds';
import { person, quote } from './helpers';

const TEXT = 'Dana Lutz spoke first. "We are ready," she said.';

test('a pronoun a quote resolved to its speaker becomes a mention of that speaker', () => {
  const lutz = person('Dana Lutz', [0, 0, 9]);
  const she = TEXT.indexOf('she');
  const ids = entityIds([lutz]);
  const [mentions] = mentionsByBlock([TEXT], [lutz], [quote(0, 24, 36, lutz, [she, she + 3], 'pronoun')], ids);
  expect(mentions?.map((m) => [m.text, m.form, m.entityId])).toEqual([
    ['Dana Lutz', 'name', ids.get(lutz)],
    ['she', 'pronoun', ids.get(lutz)],
  ]);
});

test('a speaker mention that overlaps a name never replaces the name', () => {
  const lutz = person('Dana Lutz', [0, 0, 9]);
  const [mentions] = mentionsByBlock([TEXT], [lutz], [quote(0, 24, 36, lutz, [5, 9], 'role')], entityIds([lutz]));
  expect(mentions?.map((m) => m.text)).toEqual(['Dana Lutz']);
});

test('an unattributed quote adds no mention', () => {
  const [mentions] = mentionsByBlock([TEXT], [], [quote(0, 24, 36, null, [42, 45], 'pronoun')], new Map());
  expect(mentions).toEqual([]);
});
