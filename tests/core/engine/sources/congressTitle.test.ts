import { isCongressTitle, sitsOnCommittee } from '../../../../src/core/engine/sources/congressTitle';
import { typeOfPhrase } from '../../../../src/core/engine/sources/phraseType';
import { analyze } from '../attribution/helpers';

// sources/congressTitle.ts: "Representative" as a title before a name, and a party's member of a congressional
// committee, are legislators. Sentences from the dev half of tests/fixtures/real.

test('a Representative named by the title is an official, not a spokesperson (wikinews-travel-ban-2-exempts-iraqis-us-permanent-residents-2017-03-06)', () => {
  const article = analyze(
    'Travel ban 2 exempts Iraqis, US permanent residents',
    'Representative Andre Carson of Indiana, who is Muslim, referred to this as "Muslim ban 2.0" on Twitter.',
  );
  const carson = article.entities.find((e) => e.name === 'Andre Carson');
  expect([carson?.sourceType, carson?.sourceEvidence?.text]).toEqual(['official', 'Representative']);
});

test.each([
  ['Representative', true],
  ['Rep.', true],
  ['Democratic Representative', true],
  ['former Representative', true],
  // wikinews-us-senate-approves-revised-bailout-package-2008-10-02: "said Representative Jim Ramstad (R Minnesota)".
  // voa-zimbabwe-teachers-strike-continues-2007-02-06: "Union representative Brightmore Mbanjwa" speaks for a union.
  ['Union representative', false],
  ['a representative', false],
  ['National police representative', false],
])('"%s" before a name is a legislator’s title: %s', (phrase, expected) => {
  expect(isCongressTitle(phrase)).toBe(expected);
});

test.each([
  // wikinews-travel-to-us-resumes-federal-judge-blocks-executive-order-2017-02-05
  ['a Democrat on the Senate Judiciary committee', true],
  ['a Republican member of the House Intelligence Committee', true],
  ['a Democrat on the city council', false],
  ['a member of the Democratic Party', false],
])('"%s" sits on a committee of Congress: %s', (phrase, expected) => {
  expect(sitsOnCommittee(phrase)).toBe(expected);
});

test.each([
  ['Representative', 'official'],
  ['Union representative', 'spokesperson'],
  ['a Democrat on the Senate Judiciary committee', 'official'],
  // wikinews-elijah-cummings-dies-2019-10-18, wikinews-gsa-begins-presidential-transition-biden-2020-11-26
  ['the Senate minority leader', 'official'],
  ['Senate minority leader', 'official'],
])('the phrase "%s" gives %s', (phrase, expected) => {
  expect(typeOfPhrase(phrase)).toBe(expected);
});
