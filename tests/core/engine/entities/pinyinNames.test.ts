import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { pinyinName } from '../../../../src/core/engine/entities/pinyinNames';

// pinyinNames.ts: a Chinese name written in pinyin, family name first, is a person's name by its shape.

const people = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person' && e.mentions.length > 0)
    .map((e) => ({ name: e.name, mentions: e.mentions.length }));

// wikinews-china-bandit-king-life-term-bribery-case-2012-05-19 (dev half).
test('a pinyin name given once is a person, and the family name alone then calls them', () => {
  expect(
    people(
      'Lai Changxing, dubbed the Bandit King, has been given a life sentence for years of smuggling and corruption.',
      'The sentencing took place in Xiamen, where Lai’s empire was based.',
    ),
  ).toEqual([{ name: 'Lai Changxing', mentions: 2 }]);
});

test.each([
  // wikinews-china-bandit-king-life-term-bribery-case-2012-05-19 (dev half).
  ['The case’s prominence was such that Liu Liying, boss of the national Central Discipline Inspection Committee, took charge.', 'Liu Liying'],
  ['The nation’s former vice-minister for security, Li Jizhou, has a suspended death sentence.', 'Li Jizhou'],
  // Global Voices, May 2012 (Bo Xilai and social media).
  ['Online rumors spread about a confrontation between President Hu Jintao and Bo’s supporter Zhou Yongkang on the other.', 'Zhou Yongkang'],
])('%s', (text, name) => {
  expect(people(text).map((p) => p.name)).toContain(name);
});

test.each([
  ['Lai', 'Changxing', true],
  ['Li', 'Jizhou', true],
  ['Wang', 'Yi', true],
  // Not a common family name, or a given name no pinyin spells.
  ['Hong', 'Kong', false],
  ['Ma', 'Bell', false],
  ['Li', 'Street', false],
])('%s %s is a pinyin name: %s', (surname, given, expected) => {
  expect(pinyinName([surname, given])).toBe(expected);
});
