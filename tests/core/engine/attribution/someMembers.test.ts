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
