import { typeOfPhrase } from '../../../../src/core/engine/sources/phraseType';

// sources/partyLeader.ts: a party's leader, in power or in opposition, holds an office of public life. Phrases as
// the development half of tests/fixtures/real writes them.

test.each([
  // wikinews-conservative-party-wins-majority-uk-election-2019-12-16.
  "The Labour Party's leader",
  // wikinews-queen-elizabeth-suspends-uk-parliament-2019-08-29.
  'Labour Party leader',
  // wikinews-dublin-pride-2018-attracts-tens-of-thousands-2018-06-30.
  'leader of the Sinn Féin political party',
  // wikinews-scottish-politician-david-mcletchie-dies-2013-08-12: a party named without the word "party".
  'Current Scottish Conservative leader',
  'Scottish Labour leader',
  'Scottish Liberal Democrat leader',
])('"%s" is an official', (phrase) => {
  expect(typeOfPhrase(phrase)).toBe('official');
});

test.each([
  // voa-zimbabwe-mutambara-calls-opposition-unity-2007-01-09, voa-venezuela-machado-denies-plot-2014-12-04,
  // voa-cambodia-sam-rainsy-interview-2005-02-08: in opposition a party's leader is an official too (guide, decision 3).
  'Zimbabwean opposition leader',
  'Venezuelan opposition leader',
  "the leader of Cambodia's opposition party",
])('"%s" leads a party in opposition, an official', (phrase) => {
  expect(typeOfPhrase(phrase)).toBe('official');
});

test('a chamber the leader leads keeps them an official (wikinews-elijah-cummings-dies-2019-10-18)', () => {
  expect(typeOfPhrase('the Senate minority leader')).toBe('official');
});
