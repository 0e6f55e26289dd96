import { describe, expect, test } from 'vitest';
import { longLowerTitleThenName } from '../../../../../src/core/engine/attribution/reported/longLowerTitle';
import { analyze, attribution, quotesOf } from '../helpers';

// voa-zimbabwe-mutambara-undoes-opposition-unification-2007-07-30 (development half, blind gold of session 32).
const KAGWANJA =
  'Mutambara’s decision to enter the presidential field in next year’s election is likely to benefit Mr. Mugabe and the ruling party, said democracy and governance program director Peter Kagwanja of the Human Science Research Council in South Africa.';

describe('a long lower-case job title and a name after a final "said"', () => {
  test('the words before the comma are the titled person’s, and the title and name are no quote', () => {
    const article = analyze('Zimbabwe’s Mutambara Undoes Opposition Moves Towards Unification', KAGWANJA);
    expect(attribution(article, 'Mutambara’s decision to enter')).toMatchObject({ kind: 'reported', speaker: 'Peter Kagwanja' });
    expect(quotesOf(article).some((q) => q.text.startsWith('democracy and governance'))).toBe(false);
  });

  test.each([
    ' democracy and governance program director Peter Kagwanja of the Human Science Research Council in South Africa',
    ' democracy and governance program director Peter Kagwanja',
  ])('a title ending in a role noun, a name and where the person works are the inverted subject: "said%s"', (after) => {
    expect(longLowerTitleThenName(after)).toBe(true);
  });

  // usgov-gsa-are-faqs-still-relevant-2015-04-27 and voa-zimbabwe-police-say-union-leaders-hurt-escape-2006-10-03
  // (development half): what follows the verb there is what was said.
  test.each([
    ' the reports from the Nielsen Norman Group are thorough and generous',
    ' in an interview with reporter Patience Rusere that the police assertions were false',
  ])('a clause of its own after the verb is no title: "said%s"', (after) => {
    expect(longLowerTitleThenName(after)).toBe(false);
  });
});
