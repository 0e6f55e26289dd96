import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { PLACE_OPENERS } from '../../../../src/core/engine/entities/placeCues';

// placeCues.ts: the words in and around a name that make it a place's.

const typeOf = (name: string, ...texts: Array<string>) => findEntities(['A headline about the news', ...texts], 0).entities.find((e) => e.name === name)?.type;

// English Wikinews, "Male Magellanic penguins pine for pairings: Wikinews interviews biologist Natasha Gownaris",
// 2019-01-27, CC BY 2.5 (fresh text, no gold).
test('"Punta Tombo", a Spanish place name opened by the word for a point, is a place, not a person', () => {
  const texts = [
    'In a press release, Gownaris said, "Two decades ago, there were about 1.5 adult male Magellanic penguins for every adult female at Punta Tombo[...] Today, it\'s approaching three males for every female."',
    'Punta Tombo is one of the annual breeding sites for the species; it is in Argentina.',
  ];
  expect(typeOf('Punta Tombo', ...texts)).toBe('place');
});

test('the openers are whole words before the rest of the name', () => {
  expect(PLACE_OPENERS.test('Punta Tombo')).toBe(true);
  expect(PLACE_OPENERS.test('Puntarenas')).toBe(false);
});
