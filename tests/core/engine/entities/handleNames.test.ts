import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { handlePersonWords } from '../../../../src/core/engine/entities/handleNames';

// handleNames.ts: a person the text names only by a handle. Sentences verbatim from the development half
// (wikinews-arizona-florida-illinois-primaries-ohio-postpones-2020-03-20, English Wikinews 2020, CC BY 2.5).

const OHIO = [
  'Arizona, Florida, Illinois hold primaries; Ohio postpones',
  'In Ohio, which was planning to hold its primary election on Tuesday, Governor Mike DeWine postponed it, citing the health crisis. In a two-part statement on Twitter, he wrote, "During this time when we face an unprecedented public health crisis, to conduct an election tomorrow would force poll workers and voters to place themselves at an unacceptable health risk of contracting coronavirus." He continued by announcing, "As such, @DrAmyActon will order the polls closed as a health emergency. While the polls will be closed tomorrow, Secretary of State @FrankLaRose will seek a remedy through the courts to extend voting options so that every voter who wants to vote will be granted that opportunity."',
];

describe('a handle spelling a given name and a surname names a person', () => {
  test('"@DrAmyActon will order …" and "Secretary of State @FrankLaRose will seek …" are two people, with and without "@"', () => {
    const people = findEntities(OHIO, 0).entities.filter((e) => e.type === 'person');
    const acton = people.find((e) => e.name === 'DrAmyActon');
    const larose = people.find((e) => e.name === 'FrankLaRose');
    expect(acton?.aliases).toContain('@DrAmyActon');
    expect(larose?.aliases).toContain('@FrankLaRose');
  });

  test('which handles spell a person: a listed given name first, a surname after, a title before allowed', () => {
    expect(handlePersonWords('DrAmyActon')).toEqual(['Amy', 'Acton']);
    expect(handlePersonWords('FrankLaRose')).toEqual(['Frank', 'La', 'Rose']);
    expect(handlePersonWords('WhiteHouse')).toBeNull();
    expect(handlePersonWords('WHO')).toBeNull();
    expect(handlePersonWords('taylan1789')).toBeNull();
  });

  // gv-pakistan-twitter-blocked-weekend-censorship-2012-05-20 (development half, Global Voices 2012, CC BY 3.0).
  test('a handle in brackets after a name glosses that name and makes no person of its own', () => {
    const texts = ['Pakistan: Twitter blocked', 'Fiza Batool Gilani (@FizaBatoolGilan) tweets:'];
    const people = findEntities(texts, 0).entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).not.toContain('FizaBatoolGilan');
  });

  // gv-lesotho-general-election-date-set-2012-05-17 (development half, Global Voices 2012, CC BY 3.0).
  test('a handle a post addresses, with no verb of its own after it, makes no person', () => {
    const texts = [
      'Lesotho: General election date set',
      '@Snitzerd: @WilliamJHague. The Kingdom of Lesotho is going for General Elections on the 26th may...international support needed',
    ];
    const people = findEntities(texts, 0).entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).not.toContain('WilliamJHague');
  });
});
