import { namesDemonym } from '../../../../src/core/engine/entities/demonymNames';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// demonymNames.ts: a people or a region's demonym is no one. Sentences from fresh pages in neither half of
// tests/fixtures/real: English Wikinews (CC BY 2.5) and NASA (public domain).

const people = (...texts: Array<string>) =>
  findEntities(['Names in the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test('"the European and North American trade blocs": a compass word and a nationality', () => {
  const found = people(
    'The International Monetary Fund said in May the AfCFTA might be for African countries comparable to the European and North American trade blocs as an "economic game changer".',
  );
  expect(found).toEqual([]);
});

test('a nationality in the plural and compass words before a nationality name no one', () => {
  expect(namesDemonym(['Black', 'Americans'])).toBe(true);
  expect(namesDemonym(['West', 'German'])).toBe(true);
  expect(namesDemonym(['South', 'Germans'])).toBe(true);
});

test('a surname spelt like a nationality after a given name is someone', () => {
  expect(namesDemonym(['Mark', 'Welsh'])).toBe(false);
  expect(namesDemonym(['Jayanne', 'English'])).toBe(false);
  expect(namesDemonym(['Tri', 'Thai'])).toBe(false);
  expect(namesDemonym(['English'])).toBe(false);
});
