import { describe, expect, test } from 'vitest';
import { someMembers } from '../../../../src/core/engine/attribution/someMembers';
import { analyze, attribution } from './helpers';

// someMembers.ts: a quantifier before an organisation's plural name ("Other Republicans", "some Democrats") makes the
// name some of its members, whom the text does not name.

const org = { type: 'organization' };
const at = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, entity: org });

describe('someMembers', () => {
  test('finds the quantifier before a plural name, and nothing before a singular one or a person', () => {
    const other = 'Other Republicans have broken with Trump';
    expect(someMembers(other, 0, at(other, 'Republicans'))).toBe(0);
    const some = 'Both President Trump and some Democrats, such as …';
    expect(someMembers(some, 0, at(some, 'Democrats'))).toBe(some.indexOf('some'));
    const party = 'The Republicans said';
    expect(someMembers(party, 0, at(party, 'Republicans'))).toBeNull();
    const body = 'Some Congress members said';
    expect(someMembers(body, 0, at(body, 'Congress'))).toBeNull();
    expect(someMembers(other, 0, { ...at(other, 'Republicans'), entity: { type: 'person' } })).toBeNull();
  });

  test('a plural name with a legislature after it is its members there', () => {
    const congress = 'Democrats in Congress vowed to investigate';
    expect(someMembers(congress, 0, at(congress, 'Democrats'))).toBe(0);
    const senate = 'Republicans in the Senate said';
    expect(someMembers(senate, 0, at(senate, 'Republicans'))).toBe(0);
    const place = 'Democrats in Ohio said';
    expect(someMembers(place, 0, at(place, 'Democrats'))).toBeNull();
  });
});

describe('subjects: members of a party in a legislature', () => {
  // wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30 (development half).
  test('"Democrats in Congress vowed to investigate …" is not the Democratic party\'s: unattributed', () => {
    const article = analyze(
      'On the campaign trail in the USA, August 2020',
      'It was unusual for a sitting Secretary of State to speak to a political convention. Democrats in Congress vowed to investigate whether Pompeo used State Department resources to engage in partisan activities.',
    );
    expect(attribution(article, 'to investigate whether Pompeo used State Department resources')).toMatchObject({ kind: 'reported', speaker: null });
  });
});

describe('subjects: some members of a body named in the plural', () => {
  // Wikinews, "Senator Ted Cruz proposes amendment to U.S. Constitution setting Congressional term limits" (CC BY 2.5), fresh
  // text (January 2019).
  test('"some Democrats, such as …, have expressed …" is no one the text names, not the party', () => {
    const article = analyze(
      'Senator Ted Cruz proposes amendment to U.S. Constitution setting Congressional term limits',
      "Both President Trump and some Democrats, such as former Representative Beto O'Rourke, have expressed favorable interest in Congressional term limits in the past.",
    );
    expect(attribution(article, 'favorable interest in Congressional term limits').speaker).toBeNull();
  });

  // Wikinews, "GSA begins presidential transition for Biden" (CC BY 2.5), development half.
  test('"Other Republicans have broken with Trump and have urged him to …" is not the Republican party\'s', () => {
    const article = analyze(
      'GSA begins presidential transition for Biden',
      'Other Republicans have broken with Trump and have urged him to move forward with the presidential transition, such as former New Jersey governor Chris Christie, who denounced the Trump legal team\'s claims as a "national embarrassment".',
    );
    expect(attribution(article, 'him to move forward with the presidential transition')).toMatchObject({ kind: 'reported', speaker: null });
  });
});
