import { describe, expect, test } from 'vitest';
import { promisesTo } from '../../../../../src/core/engine/attribution/reported/promisedTo';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/promisedTo.ts: "… and promised to …" goes on with the speaker or the clause's subject before "and".

describe('a commitment told by an infinitive after "and"', () => {
  // wikinews-liberal-democrat-leadership-contenders-address-party-2006-01-14 (development half), the sentence verbatim.
  test('"He said that …, and promised to stick with the policy …" goes on with the cue before', () => {
    const article = analyze(
      'Liberal Democrat leadership contenders address party',
      'The current party president, Simon Hughes, promised a consultative leadership. He said that there was a need to tackle inequality, and promised to stick with the policy of taxes to tackle inequality.',
    );
    expect(attribution(article, 'to stick with the policy of taxes to tackle inequality')).toMatchObject({
      kind: 'reported',
      speaker: 'Simon Hughes',
      cue: 'promised',
    });
  });

  // wikinews-at-least-twelve-die-mogadishu-attacks-2010-01-30 (development half), the sentence verbatim.
  test('"Djibouti answered the call and promised to send 450 soldiers soon" shares the clause\'s subject', () => {
    const article = analyze(
      'At least twelve die in Mogadishu attacks',
      'Both Kenya and Sudan backed Jangeli; Djibouti answered the call and promised to send 450 soldiers soon.',
    );
    expect(attribution(article, 'to send 450 soldiers soon')).toMatchObject({ kind: 'reported', speaker: 'Djibouti', cue: 'promised' });
  });

  test('only before "to" and a verb', () => {
    expect(promisesTo('promised', ' to send 450 soldiers soon')).toBe(true);
    expect(promisesTo('vowed', ' never again to violate another nation')).toBe(true);
    expect(promisesTo('promised', ' reforms')).toBe(false);
    expect(promisesTo('wanted', ' to send soldiers')).toBe(false);
  });

  // Near miss: the same shape with an object, not an infinitive, reports no promise.
  test('"… and promised reforms" reports nothing for the promise', () => {
    const quotes = quotesOf(analyze('Debate', 'Chris Huhne criticised the government and promised reforms.'));
    expect(quotes.some((q) => q.text.includes('reforms'))).toBe(false);
  });
});
