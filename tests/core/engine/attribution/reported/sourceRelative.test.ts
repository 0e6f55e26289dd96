import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/sourceRelative.ts: "… according to X who reported that …": the relative clause on the source reports too.

describe('a relative clause on the source of a trailing "according to"', () => {
  // wikinews-hurricane-humberto-category-3-bermuda-2019-09-19 (Wikinews, CC BY 2.5), development half.
  test('"… according to CNN who reported that over the last century, only 21 hurricanes reached …": both reports are CNN\'s', () => {
    const article = analyze(
      'Hurricane Humberto',
      'Bermuda was rarely hit by hurricanes according to CNN who reported that over the last century, only 21 hurricanes reached within 100 miles of the islands.',
    );
    expect(attribution(article, 'Bermuda was rarely hit by hurricanes')).toMatchObject({ kind: 'reported', speaker: 'CNN', cue: 'according to CNN' });
    expect(attribution(article, 'over the last century, only 21 hurricanes')).toMatchObject({
      kind: 'reported',
      speaker: 'CNN',
      cue: 'according to CNN who reported',
    });
  });

  test('a relative clause of no speech ("according to CNN, which hired that reporter in 2010") adds nothing', () => {
    const article = analyze('Hurricane Humberto', 'Bermuda was rarely hit by hurricanes, according to CNN, which hired that reporter in 2010.');
    expect(quotesOf(article).map((q) => q.text)).toEqual(['Bermuda was rarely hit by hurricanes']);
  });
});
