import { absorbEntity } from '../../../../src/core/engine/entities/absorbEntity';
import { mentionKey, type FoundEntity, type FoundMention } from '../../../../src/core/engine/entities/types';

// wikinews-robert-mugabe-dies-aged-95-2019-09-09 (development half, CC BY 2.5): the qualifier pass folds "Cde Mugabe"
// into the person named in full before and after it.
const texts = [
  'Robert Gabriel Mugabe was born in 1924 in Kutama, Zimbabwe.',
  'Cde Mugabe was an icon of liberation, a pan-Africanist who dedicated his life to the emancipation of his people.',
  'Robert Gabriel Mugabe died in Singapore.',
];
const at = (block: number, start: number, end: number): FoundMention => ({ block, start, end, form: 'name' });
const person = (name: string, mentions: Array<FoundMention>, role: string | null, roleWords: Array<string>): FoundEntity => ({
  key: name.toLowerCase().replace(/ /g, '-'),
  type: 'person',
  name,
  role,
  aliases: new Set(),
  mentions,
  roleWords: new Set(roleWords),
});

test('the person kept takes the folded mentions in reading order, under its name in the mention index, with its name, role and title words', () => {
  const full = person('Robert Gabriel Mugabe', [at(0, 0, 21), at(2, 0, 21)], null, []);
  const qualified = person('Cde Mugabe', [at(1, 0, 10)], 'Cde', ['comrade']);
  const byMention = new Map([...full.mentions, ...qualified.mentions].map((m) => [mentionKey(m.block, m.start), m.block === 1 ? qualified : full]));
  absorbEntity(byMention, full, qualified);
  expect(full.mentions.map((m) => texts[m.block]?.slice(m.start, m.end))).toEqual(['Robert Gabriel Mugabe', 'Cde Mugabe', 'Robert Gabriel Mugabe']);
  expect(byMention.get(mentionKey(1, 0))).toBe(full);
  expect([...full.aliases]).toEqual(['Cde Mugabe']);
  expect([full.role, [...full.roleWords]]).toEqual(['Cde', ['comrade']]);
  expect(qualified.mentions).toEqual([]);
});

test('keepName: false leaves the folded name out of the aliases', () => {
  const full = person('Robert Gabriel Mugabe', [at(0, 0, 21)], null, []);
  absorbEntity(new Map(), full, person('Cde Mugabe', [at(1, 0, 10)], null, []), { keepName: false });
  expect([...full.aliases]).toEqual([]);
});
