import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { nicknamesThing } from '../../../../src/core/engine/entities/nicknamedThings';

// nicknamedThings.ts: a name the article gives a place or a thing in quotation marks is no person's. Sentences verbatim
// from the development half (NASA and the US Department of Justice, 2024, public domain).

const people = (...texts: Array<string>) =>
  findEntities(['Names in the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person' && e.mentions.length > 0)
    .map((e) => e.name);

// usgov-nasa-perseverance-bunsen-peak-sample-2024-04-03.
test('"a location nicknamed “Bright Angel”" and the later "exploring Bright Angel" name a place, no person', () => {
  expect(
    people(
      'The rover is working its way toward the westernmost portion of the Margin Unit. At the base of Jezero Crater’s rim, a location nicknamed “Bright Angel” is of interest to the science team because it may offer the first encounter with the much older rocks that make up the crater rim. Once it’s done exploring Bright Angel, Perseverance will begin an ascent of several months to the rim’s top.',
    ),
  ).toEqual([]);
});

test('a place’s or a thing’s noun before the verb of naming gives the thing the name; a person’s does not', () => {
  expect(nicknamesThing('At the base of Jezero Crater’s rim, a location nicknamed “')).toBe(true);
  expect(nicknamesThing('The image shows an intriguing rock called “')).toBe(true);
  // usgov-doj-usao-idaho-drug-distribution-cases-2024-08-07: "investigating an individual named “Luis” who was believed to be a passenger".
  expect(nicknamesThing('they were investigating an individual named “')).toBe(false);
});
