import { namesDemonym } from '../../../../src/core/engine/entities/demonymNames';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { analyze, quotesOf } from '../attribution/helpers';

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

// English Wikinews (CC BY 2.5), wikinews-hong-kong-district-council-pro-democracy-2019-11-27 (development half):
// "Hong Kongers" opened with the place's name and was taken for a person.
test('"On Sunday, Hong Kongers turned out": a place\'s dwellers named after it are no one', () => {
  const found = people(
    'On Sunday, Hong Kongers turned out more than 2.9 million strong to vote in their district-level elections. Over 80% of the 452 available district council seats went to pro-democracy candidates.',
    'Voter Kitty Mak told The Atlantic, "Today we are trying to do the best we can for Hong Kong right now."',
  );
  expect(found).toEqual(['Kitty Mak']);
  expect(namesDemonym(['New', 'Yorkers'])).toBe(true);
  expect(namesDemonym(['Hong', 'Kongers'])).toBe(true);
});

test('a surname spelt like a nationality after a given name is someone', () => {
  expect(namesDemonym(['Mark', 'Welsh'])).toBe(false);
  expect(namesDemonym(['Jayanne', 'English'])).toBe(false);
  expect(namesDemonym(['Tri', 'Thai'])).toBe(false);
  expect(namesDemonym(['English'])).toBe(false);
});

// English Wikinews (CC BY 2.5), wikinews-yelena-bonner-dies-aged-88-2011-06-19 (development half): "Soviet" was an
// organisation, and "Soviet authorities … accusing her of being a foreign agent" went to it.
test('"the Soviet military", "Soviet authorities": "Soviet" is a former state\'s adjective, not a body that speaks', () => {
  const article = analyze(
    'Soviet human rights activist Yelena Bonner dies aged 88',
    'In 1941, she became a nurse for the Soviet military on the front during World War II. She suffered a severe wound to the chest, and serious head injuries in 1943 from which she nearly lost her sight, and received decorations for valor. Bonner returned to the front in 1945, advancing with the army to Potsdam. While studying medicine when the war was over, she married a fellow student, Ivan Semyonov and they had a son and a daughter. But as she became increasingly politically active, they lost their common interests and divorced in 1965.',
    'Bonner married Sakharov in 1972, whom she had met through her political activities. He was also fierce critic of the lack of civil liberties and human rights in the Soviet Union, and their tiny Moscow apartment became the meeting place for the Soviet dissident movement in the 1970s. They traveled around Russia together visiting imprisoned dissidents and working for their legal rights.',
    'Sakharove was arrested in 1980 and exiled to Siberia, and Bonner, Sakharove\'s sole contact with the outside world, smuggled his writings to Moscow and ensured that they were published. Soviet authorities conducted campaigns of personal attacks against her, accusing her of being a foreign agent who turned Sakharove against his country. In 1984 she was convicted of "anti-Soviet agitation" and was exiled to Siberia with her husband, both continually harassed by authorities. She published her memoir in 1986 of the years in exile, described by the Washington Post as partly "a love story of mutual sacrifice."\n',
  );
  expect(article.entities.map((e) => e.name)).not.toContain('Soviet');
  expect(quotesOf(article).filter((q) => q.speakerId === 'soviet')).toEqual([]);
});
