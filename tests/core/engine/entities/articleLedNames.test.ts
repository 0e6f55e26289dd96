import { opensWithArticle } from '../../../../src/core/engine/entities/articleLedNames';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// articleLedNames.ts: a name opened by a Spanish, French or Italian article is no one’s unless it speaks. Sentences from
// fresh Global Voices (CC BY 3.0) and English Wikinews (CC BY 2.5) pages, in neither half of tests/fixtures/real.

const people = (...texts: Array<string>) =>
  findEntities(['Names in the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

// globalvoices post 79079.
test('"media such as Peru21, El Comercio, RPP": a newspaper named, not speaking', () => {
  expect(people('It is shameful that media such as Peru21, El Comercio, RPP, misinform the public.')).toEqual([]);
});

// Wikinews, "On the campaign trail in the USA, October 2020", 2020-11-02.
test('a surname with its article that speaks stays someone: "La Riva agreed"', () => {
  expect(people('Pierce called for an end to the War on Drugs. La Riva agreed and favored prosecuting banks.')).toContain('La Riva');
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
