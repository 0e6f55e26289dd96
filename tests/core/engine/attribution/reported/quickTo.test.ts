import { describe, expect, test } from 'vitest';
import { isQuickTo, quickToCues } from '../../../../../src/core/engine/attribution/reported/quickTo';
import { analyze, attribution } from '../helpers';

// reported/quickTo.ts: "were quick to point out that …" reports the clause as "pointed out that" does.

describe('"quick to point out that …"', () => {
  // Global Voices 2012 (CC BY 3.0), gv-russia-duma-deputy-extremist-tweets-2012-05-15 (development half).
  test('users who "were quick to point out that" report the clause, left unattributed as no one is named', () => {
    const article = analyze(
      'Russia: Duma Deputy Seeks to Jail Tweeters for Extremism',
      'Other users, however, were quick to point out that Khinshtein is citing anti-extremism laws that carry far more extensive police powers than Criminal Code 130 (to which Goriugin appealed).',
    );
    expect(attribution(article, 'Khinshtein is citing anti-extremism laws')).toMatchObject({
      kind: 'reported',
      speaker: null,
      cue: 'were quick to point out that',
    });
  });

  test('a named speaker who "was quick to note that" is its speaker', () => {
    const article = analyze(
      'Russia: Duma Deputy Seeks to Jail Tweeters for Extremism',
      'Alexander Khinshtein was quick to note that the law on extremism applies to every user of Twitter.',
    );
    expect(attribution(article, 'the law on extremism applies')).toMatchObject({ kind: 'reported', speaker: 'Alexander Khinshtein' });
  });

  test('only the phrase before a that-clause is a cue', () => {
    expect(quickToCues('Other users were quick to point out that it was so.').map((m) => m[0])).toEqual(['were quick to point out']);
    expect(quickToCues('He was careful to stress, that it was so.').map((m) => m[0])).toEqual(['was careful to stress']);
    // No clause: the phrase reports no words ("quick to point out the irony" is left to the object's own reading).
    expect(quickToCues('Fans were quick to note the irony.')).toEqual([]);
    expect(quickToCues('The team was quick to add three goals that night.')).toEqual([]);
    expect(isQuickTo('were quick to point out')).toBe(true);
    expect(isQuickTo('was at pains to stress')).toBe(true);
    expect(isQuickTo('pointed')).toBe(false);
  });
});
