import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { ARMY_RANKS } from '../../../../src/core/engine/lexicon/armyRanks';
import { TITLES } from '../../../../src/core/engine/lexicon/titles';

// armyRanks.ts: the Army's rank abbreviations in capitals are titles before a name. Bylines and sentences from US Army
// (ARCIC) articles of the development half (public domain).

const people = (...texts: Array<string>) =>
  findEntities(['Names in the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person' && e.mentions.length > 0)
    .map((e) => ({ name: e.name, mentions: e.mentions.length }));

// usgov-army-machine-foreign-language-translation-2014-03-07.
test('"LTC McCall" after "LTC Michael C. McCall" is the same person', () => {
  expect(
    people(
      'By LTC Michael C. McCall and Patrick O’Malley, ARCIC Mission Command',
      'LTC Michael C. McCall is an Active Duty Military Intelligence Officer. LTC McCall has over 25 years service in the Active Army.',
    ),
  ).toEqual([
    { name: 'Michael C. McCall', mentions: 3 },
    { name: 'Patrick O’Malley', mentions: 1 },
  ]);
});

// usgov-army-mission-partner-environment-2015-03-02.
test('"By Cpt. Tony D. Bowers": the rank is no person', () => {
  expect(people('By Cpt. Tony D. Bowers, BMC Public Affairs, March 2, 2015')).toEqual([{ name: 'Tony D. Bowers', mentions: 1 }]);
});

test('no rank is listed among the AP titles too', () => {
  expect(ARMY_RANKS.filter((r) => TITLES.includes(r))).toEqual([]);
});
