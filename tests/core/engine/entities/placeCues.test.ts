import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { PLACE_OPENERS, stateAfterTown } from '../../../../src/core/engine/entities/placeCues';

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

test.each([
  // gv-egypt-first-presidential-debate-disappointment-2012-05-12 (development half).
  [
    'Sidi Ould Cheikh Abdallahi',
    'This was not a first in the Arab world, as in Mauritania in 2007 a televised presidential debate took place between Sidi Ould Cheikh Abdallahi and Ahmed Ould Daddah.',
  ],
  // gv-serbia-elections-citizen-media-monitoring-2012-05-06 (development half): an aside in brackets and a role between.
  [
    'Tomislav Nikolic',
    'The main fight seems to be between Tomislav Nikolic (the Serbian Progressive Party, or SNS, the opposition) and the current president Boris Tadic (the Democratic Party, DS).',
  ],
])('"between" a name "and" a person is a pair of people, not a place: %s', (name, text) => {
  expect(typeOf(name, text)).toBe('person');
});

test('"between" two names that are no people still votes a place (fresh text)', () => {
  expect(typeOf('Kisangani', 'The convoy was stopped on the road between Kisangani and Bunia on Tuesday.')).not.toBe('person');
});

// wikinews-nigerian-refugee-camp-airstrike-death-toll-passes-100-2017-01-24 and gv-nigeria-rashidi-yekini-obituary-2012-05-08
// (development half): a Nigerian state after its town and a comma is a place, not a person the verb after it suggests.
test('"The camp in Rann, Borno State is home to thousands": Borno State is a place', () => {
  expect(typeOf('Borno State', 'The camp in Rann, Borno State is home to thousands and lies near the northeastern border with Cameroon.')).toBe('place');
});

test('"he would be buried today in Ira, Kwara State" names the state as a place, and "Penn State" alone stays unread as one', () => {
  expect(stateAfterTown(['Kwara', 'State'], 'would be buried today in Ira, ')).toBe(true);
  expect(stateAfterTown(['Penn', 'State'], 'a graduate of ')).toBe(false);
  expect(stateAfterTown(['State'], 'in Ira, ')).toBe(false);
});
