import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { spacedKoreanName } from '../../../../src/core/engine/entities/koreanNames';

// koreanNames.ts: a Korean name written in three words, family name first, is called by its family name alone.
// Sentences from the development half of tests/fixtures/real.

describe('the shape', () => {
  test.each([['Kim Kyung Han'], ['Kim Jong Un'], ['Lee Myung Bak'], ['Park Geun Hye']])('"%s" is a Korean name, family name first', (name) =>
    expect(spacedKoreanName(name.split(' '))).toBe(true),
  );

  // "Jo Anne Val Tilburg" (wikinews-easter-island-statues-water-resources-2019-01-12): an English first name inside
  // leaves the name an English one; "Kim Jomg Il" (a typing slip, gv-north-korea-journalists-sentenced-hard-labor-2009-06-09)
  // is no syllable.
  test.each([['Jo Anne Val'], ['Kim Jomg Il'], ['Kim Lee Smith'], ['Kim In-seok'], ['Lee Ann Rimes']])('"%s" is not', (name) =>
    expect(spacedKoreanName(name.split(' '))).toBe(false),
  );
});

test('a Korean minister named in three words is the one "Kim" then calls, beside another Kim named later', () => {
  // wikinews-south-korean-police-clamp-down-us-beef-protests-2008-06-30
  const texts = [
    'South Korean police clamp down on US beef protests',
    '"The candle-lit vigils, which were initially peaceful, have mutated into violent protests organized by a small faction," said Justice Minister Kim Kyung Han. Kim warned that the government might begin using water laced with tear gas against protesters, even though tear gas has been banned since 1999.',
    'One protester, Kim In-seok, stated, "We are just here to express our opinions."',
  ];
  const people = findEntities(texts, 0).entities.filter((e) => e.type === 'person');
  expect(people.map((e) => e.name).sort()).toEqual(['Kim In-seok', 'Kim Kyung Han']);
  expect(people.find((e) => e.name === 'Kim Kyung Han')?.mentions).toHaveLength(2);
});

// English Wikinews, "Malaysian authorities arrest fourth suspect in killing of Kim Jong Nam, half-brother of North Korean
// leader", February 2017 (CC BY 2.5), in neither half of tests/fixtures/real: five people named Kim.
describe('a family name several Korean people of the text bear', () => {
  const QUOTE = '"The Kim Jong-un regime will not last long," said Kim to Gomi in 2012.';
  const kimIn = (texts: Array<string>) =>
    findEntities(texts, 0).entities.filter(
      (e) => e.type === 'person' && e.mentions.some((m) => m.block === texts.length - 1 && texts[m.block]?.slice(m.start, m.end) === 'Kim'),
    );

  test('calls none of them when the text has not settled whose it is', () => {
    expect(kimIn(['Names in the news', 'Kim Jong Nam, 45, was the oldest son of North Korean leader Kim Jong Il.', QUOTE])).toEqual([]);
  });

  test('calls the one the writer already calls by the family name alone, not the one named nearest before', () => {
    const texts = [
      'Malaysian authorities arrest fourth suspect in killing of Kim Jong Nam, half-brother of North Korean leader',
      'Malaysian authorities on Friday arrested North Korean man Ri Jong Chol, 46, on suspicion of involvement in the murder of Kim Jong Nam, the half-brother to Kim Jong Un, leader of North Korea.',
      'In findings published in the New Straits Times, CCTV footage from the airport showed two women, ostensibly Aishah and Doan, walking up to Kim near the self-check-in stand.',
      'He favored more economic reform for North Korea and once told Japanese writer Yoji Gomi he did not believe Kim Jong Un would be a good leader:',
      QUOTE,
    ];
    expect(kimIn(texts).map((e) => e.name)).toEqual(['Kim Jong Nam']);
  });
});
