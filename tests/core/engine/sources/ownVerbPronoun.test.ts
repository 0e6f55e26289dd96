import type { Article } from '../../../../src/core/schema';
import { ownVerbPronoun } from '../../../../src/core/engine/sources/ownVerbPronoun';
import { analyze } from '../attribution/helpers';

// sources/ownVerbPronoun.ts: the he or she that opens what a person's own verb of saying reports is the person's.
// Sentences copied from the dev half of tests/fixtures/real and from a fresh Wikinews page in neither half.

function genderOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.gender, entity.genderEvidence?.text];
}

test.each<[string, string, Array<string>, [string, string]]>([
  [
    'in a clause of its own after another speaker (wikinews-escape-room-fire-koszalin-poland-2019-01-05)',
    'Joachim Brudziński',
    [
      'Escape room fire kills five teen girls in Koszalin, Poland',
      'President Andrzej Duda said the victims were "joyful girls starting out in life [who] have had life torn away from them" in an "appalling tragedy" while Interior Minister Joachim Brudziński wrote he had ordered fire safety checks on escape rooms across Poland by the State Fire Brigade. He tweeted, "I want to express my sympathy and regrets to the families of the victims of the fire". Duda also characterised the deaths as "crushing" and wrote "May God protect their parents and loved ones."',
    ],
    ['man', 'he'],
  ],
  [
    'the second of a list of speakers (wikinews-australians-talk-tough-brisbane-test-2004-11-17)',
    'Glenn McGrath',
    [
      'Australians talk tough ahead of Brisbane test match',
      'Bowler Shane Warne has stated that he will be targeting New Zealand captain Stephen Fleming, Glenn McGrath has revealed that he will be after Nathan Astle, and Australian batsman Matthew Hayden has vowed to hit New Zealand bowler Daniel Vettori out of the ground.',
    ],
    ['man', 'he'],
  ],
  [
    'after the reporter told, of an outlet (voa-zimbabwe-zctu-vows-proceed-general-strike-2007-04-02)',
    'Wellington Chibebe',
    [
      'Zimbabwe Labor Confederation Vows To Proceed With General Strike',
      "ZCTU Secretary General Wellington Chibebe told reporter Jonga Kandemiiri of VOA's Studio 7 for Zimbabwe that he expects widespread participation in the action.",
    ],
    ['man', 'he'],
  ],
  [
    'a he and his after the reporter told (voa-zimbabwe-police-bullhorn-campaigning-2008-10-23)',
    'Blessing Dhimba',
    [
      'Zimbabwe Provincial Police Take Issue With Bullhorn Campaigning',
      "MDC activist Blessing Dhimba told reporter Jonga Kandemiiri of VOA's Studio 7 for Zimbabwe that he and his fellow activist were released after receiving a stern warning if they continued to make public announcements in this manner police would open fire on their car.",
    ],
    ['man', 'he'],
  ],
])('%s', (_, name, [headline = '', ...paragraphs], expected) => {
  expect(genderOf(analyze(headline, ...paragraphs), name)).toEqual(expected);
});

// Fresh: Wikinews 2019-09-07, interview with a 2020 US Libertarian candidate.
const SHARPE =
  'Former New York gubernatorial candidate Larry Sharpe and former Massachusetts governor William Weld were both previously considered potential candidates but Sharpe suggested he would not run and Weld has decided to run in the 2020 Republican Party presidential primaries.';

test('a he right after the subject’s own verb, past a coordinated name before', () => {
  const start = SHARPE.indexOf('Sharpe suggested');
  expect(ownVerbPronoun(SHARPE, start, start + 'Sharpe'.length, 1, [])?.gender).toBe('male');
});

test.each([
  [
    'wikinews-gregory-kurtzer-rocky-linux-interview-2020-12-18',
    'Gregory Kurtzer told Wikinews he started CAOS Linux around the time when Red Hat announced End of Life for their Red Hat Linux in favour of subscription-based Red Hat Enterprise Linux.',
    'Gregory Kurtzer',
    'male',
  ],
  [
    'wikinews-seager-2020-12-25',
    "'Earth-based life can survive in hydrogen-rich atmospheres': MIT professor Dr Seager tells Wikinews about her research on organisms thriving in oxygen-less environment",
    'Seager',
    'female',
  ],
  [
    'voa-biden-lauds-georgian-push-western-reforms-2016-04-26',
    'Ahead of the meeting, Kvirikashvili told the Associated Press that his government will later this year hold what he called "the freest and fairest elections in the recent history of Georgia.',
    'Kvirikashvili',
    'male',
  ],
])('told a news outlet, then of themself (%s)', (_, text, name, gender) => {
  const start = text.indexOf(name);
  expect(ownVerbPronoun(text, start, start + name.length, 1, [{ start, end: start + name.length }])?.gender).toBe(gender);
});

test('the one told may be a person the pronoun means (same Kurtzer sentence, Wikinews read as a person)', () => {
  const text =
    'Gregory Kurtzer told Wikinews he started CAOS Linux around the time when Red Hat announced End of Life for their Red Hat Linux in favour of subscription-based Red Hat Enterprise Linux.';
  const told = text.indexOf('Wikinews');
  expect(ownVerbPronoun(text, 0, 'Gregory Kurtzer'.length, 1, [{ start: told, end: told + 'Wikinews'.length }])).toBeNull();
});

test('an "and" after a role in lower case joins two titles of the one person the name ends (wikinews-conservative-party-wins-majority-uk-election-2019-12-16)', () => {
  const text =
    'Conservative Party leader and Prime Minister Boris Johnson said he was "humbled" by the results and "...I and we will never take your support for granted."';
  const start = text.indexOf('Boris Johnson');
  expect(ownVerbPronoun(text, start, start + 'Boris Johnson'.length, 1, [{ start, end: start + 'Boris Johnson'.length }])?.gender).toBe('male');
});

test('an "and" after a name still lists two people, whom the he may mean either (wikinews-australians-talk-tough-brisbane-test-2004-11-17 shape)', () => {
  const text = 'Warne and McGrath said he will be after Nathan Astle.';
  const start = text.indexOf('McGrath');
  expect(ownVerbPronoun(text, start, start + 'McGrath'.length, 1, [{ start, end: start + 'McGrath'.length }])).toBeNull();
});

/** The gender ownVerbPronoun reads after `name` in `text`, and the word it reads it from. */
function readAfter(text: string, name: string): [string, string] | null {
  const start = text.indexOf(name);
  const found = ownVerbPronoun(text, start, start + name.length, 1, [{ start, end: start + name.length }]);
  return found ? [found.gender, text.slice(found.at.start, found.at.end)] : null;
}

test('a name set off after a description that opens the sentence, its verb past the closing comma (wikinews-puerto-rico-governor-rossello-resigns-2019-08-04)', () => {
  expect(readAfter('One senator, Eduardo Bhatia, said he intended to sue over the controversy.', 'Eduardo Bhatia')).toEqual(['male', 'he']);
});

test.each([
  // The comma after a name the sentence does not open with a description may close a list or a clause of someone else's.
  ['In an interview with Terry Gross, Stephen Colbert, said he had no plans.', 'Terry Gross'],
  ['The minister met Aziz Ali, said he would return.', 'Aziz Ali'],
])('no comma is skipped after a name that no opening description sets off: "%s"', (text, name) => {
  expect(readAfter(text, name)).toBeNull();
});
