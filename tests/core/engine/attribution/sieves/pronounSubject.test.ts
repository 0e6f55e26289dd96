import { describe, expect, test } from 'vitest';
import { opensOnPersonalPronoun } from '../../../../../src/core/engine/attribution/sieves/pronounSubject';
import { analyze, attribution } from '../helpers';

// sieves/pronounSubject.ts: a colon sentence whose subject is they, we, I or you names its speaker there, so a name
// later in it is no speaker of the quotation the colon sets off.

describe('a colon sentence opening on a pronoun subject', () => {
  // Wikinews, "Wikinews interviews Joe Schriner, Independent U.S. presidential candidate" (2010), AMALGUM `atwood`.
  test("a saying after 'They can go with yet another Ivy League type choice, contemplating the refrain:' is not the Ivy League's", () => {
    const article = analyze(
      'Wikinews interviews Joe Schriner, Independent U.S. presidential candidate',
      'Anything else you want to add?',
      'So Americans have a choice this next election. They can go with yet another Ivy League type choice, contemplating the refrain: “If you always do what you’ve always done, you’ll always get what you’ve always got.” Or they can go with this quite “average” family from Cleveland.',
    );
    expect(attribution(article, 'If you always do what')).toMatchObject({ speaker: null });
  });

  test('they, we, I and you before a verb open on a pronoun subject; he, she and names do not', () => {
    expect(opensOnPersonalPronoun('They can go with yet another Ivy League type choice, contemplating the refrain:')).toBe(true);
    expect(opensOnPersonalPronoun('And we finally asked the mayor:')).toBe(true);
    expect(opensOnPersonalPronoun('I told a newspaper reporter in La Cross:')).toBe(true);
    expect(opensOnPersonalPronoun('He offers this advice:')).toBe(false);
    expect(opensOnPersonalPronoun('Theresa May told the Commons:')).toBe(false);
    expect(opensOnPersonalPronoun('I.M. Pei once remarked:')).toBe(false);
  });
});
