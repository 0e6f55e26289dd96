import { opensWithArticle } from '../../../../src/core/engine/entities/articleLedNames';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// articleLedNames.ts: a name opened by a Spanish, French or Italian article is no one’s. A sentence from a fresh Global
// Voices post (CC BY 3.0), in neither half of tests/fixtures/real.

const people = (...texts: Array<string>) =>
  findEntities(['Names in the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

// globalvoices post 78659.
test('"El Comercio reported that …": a newspaper', () => {
  expect(
    people('El Comercio reported that demonstrators burned government buildings, as well as the Apra political party headquarters in Bagua Grande.'),
  ).toEqual([]);
});

test('a newspaper, a constitution, an observatory, weather', () => {
  expect(opensWithArticle(['La', 'Niña'])).toBe(true);
  expect(opensWithArticle(['El', 'Comercio'])).toBe(true);
  expect(opensWithArticle(['La', 'République'])).toBe(true);
  expect(opensWithArticle(['La', 'Silla'])).toBe(true);
});

test('a particle inside a name, a known given name after the article, and "Les" as a given name stay someone’s', () => {
  expect(opensWithArticle(['Gloria', 'La', 'Riva'])).toBe(false);
  expect(opensWithArticle(['La', 'Maria', 'Fuentes'])).toBe(false);
  expect(opensWithArticle(['Les', 'Brown'])).toBe(false);
  expect(people('Gloria La Riva, the Party for Socialism and Liberation candidate, said she would run.')).toEqual(['Gloria La Riva']);
});
