import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { namesQualifiedPlace } from '../../../../src/core/engine/entities/qualifiedPlaces';

// qualifiedPlaces.ts: a period's or a part's adjective before a place names the place, not a person whose given name
// is "Roman" or "West". Sentences from the development half of tests/fixtures/real.

const people = (...texts: Array<string>) =>
  findEntities(['Names in the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

// English Wikinews (CC BY 2.5), wikinews-ancient-egyptians-collected-wild-ibis-sacrifice-2019-11-16.
test('"the early period of Roman Egypt" is a period of a place, not a person called Roman', () => {
  expect(
    people(
      'According to the researchers, sacrifice and mummification of sacred ibises was common in Egypt from about 664 b.c.e. to 250 c.e., from the twenty-sixth dynasty into the early period of Roman Egypt.',
    ),
  ).toEqual([]);
});

// English Wikinews (CC BY 2.5), wikinews-british-pilot-dies-plane-crash-nine-passengers-survive-2009-10-25.
test('"in the West Midlands of England" is a region, while the pilot named beside it stays a person', () => {
  expect(
    people(
      'Robert Mansell, aged 32, was a pilot who lived in the village of Knowle in the West Midlands of England. He had previously worked with Windward Islands Airways.',
    ),
  ).toEqual(['Robert Mansell']);
});

// Global Voices (CC BY 3.0), gv-moroccans-love-hate-affair-obama-2009-06-08.
test('"which Middle Eastern or North African country" names a region\'s people, not someone', () => {
  expect(
    people(
      "Even before Obama's inauguration, and well before he decided which Middle Eastern or North African country he would choose to deliver his so called foreign policy speech in, some Moroccan-Americans lobbied for President Obama to come to Rabat.",
    ),
  ).not.toContain('North African');
});

test('a given name before a surname that is no place stays a name', () => {
  expect(namesQualifiedPlace('Roman Polanski')).toBe(false);
  expect(namesQualifiedPlace('Roman Abramovich')).toBe(false);
  expect(namesQualifiedPlace('Kanye West')).toBe(false);
  expect(namesQualifiedPlace('Roman Egypt')).toBe(true);
  expect(namesQualifiedPlace('Upper Egypt')).toBe(true);
});
