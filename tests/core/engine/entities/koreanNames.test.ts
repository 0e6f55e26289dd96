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
