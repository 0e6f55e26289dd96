import { typeOfPhrase } from '../../../../src/core/engine/sources/phraseType';
import { roleAt, wordsOf } from '../../../../src/core/engine/sources/roles';

/** The kind of the role at word `i` of a phrase, or null. */
const kindAt = (phrase: string, i: number) => roleAt(wordsOf(phrase.toLowerCase()), i)?.[0] ?? null;

// Development-half phrases whose role is written with a hyphen the lexicon's entry lacks, or after a prefix that keeps
// the role what it is.
test.each([
  ['Trang Province police Major-General', 'official'], // wikinews-shorts-alcohol-thai-floods-iran-baghdad
  ['Vice-Mayor of Chonqing', 'official'], // gv-china-bo-xilai-social-media-2012-05-11
  ['step-mother of Liam Aitchison', 'witness'], // wikinews-judge-jails-two-men-life-liam-aitchison
])('a hyphened role reads as the role it spells: %s', (phrase, type) => {
  expect(typeOfPhrase(phrase)).toBe(type);
});

test('"co-ordinator" is the lexicon\'s "coordinator", an office', () => {
  expect(kindAt('co-ordinator of Amnesty International in Australia', 0)).toBe('office');
});

// Near misses: a hyphen joins other words too; none of these is a role.
test.each([['self-employed'], ['ex-goal'], ['co-operative'], ['vice-versa'], ['step-by-step']])('%s is no role', (word) => {
  expect(kindAt(word, 0)).toBeNull();
});

// Development-half role words the lexicon lacked, each typed so by the gold.
test.each([
  ['Palestinian negotiator', 'official'], // wikinews-hamas-ends-truce-with-israel-2008-12-18
  ['Iraqi council member', 'official'], // wikinews-car-bombings-iraq-government-offices-kill-130-2009-10-25
  ['North of Scotland procurator fiscal', 'official'], // wikinews-judge-jails-two-men-life-liam-aitchison
  ["Kazemi's solicitor", 'expert'], // wikinews-gay-iranian-awaits-decision-asylum-2008-03-14
  ['QC for Millar', 'expert'], // wikinews-judge-jails-two-men-life-liam-aitchison
  ['Australian Paralympic guide skier', 'citizen'], // wikinews-interviews-australian-paralympic-skier-andrew-bor-2012-12-11
  ['Whitecaps centre back', 'citizen'], // wikinews-usl-first-division-seattle-sounders-vs-vancouver-whitecaps-2008-05-24
  ['the Irish rock star who help organized Live Aid', 'citizen'], // wikinews-bbc-ethiopian-famine-aid-siphoned-off-weapons-2010-03-04
])('%s → %s', (phrase, type) => {
  expect(typeOfPhrase(phrase)).toBe(type);
});

// Near miss: a negotiator no state is named for is a title that says nothing.
test('a union negotiator is no official', () => {
  expect(typeOfPhrase('the union negotiator')).toBeNull();
});
