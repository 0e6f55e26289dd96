import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// reported/relativeReport.ts. Global Voices, "Israel: Mofaz Derided for Joining Unity Government" (9 May 2012, CC BY
// 3.0), development half (gv-israel-mofaz-derided-unity-government-2012-05-09).
const MOFAZ = 'Israel: Mofaz Derided for Joining Unity Government';

describe('a relative clause after reported words that reports words of its own', () => {
  test('what "the agreement …, which stipulates that …" lays down is not the words of the blogger who mentioned it', () => {
    const article = analyze(
      MOFAZ,
      "While the overwhelming majority of reactions online were negative, blogger Tal Yaron disagreed. Yaron mentioned the agreement between Mofaz and Netanyahu, which stipulates that the new coalition will pass a law to draft the ultra-Orthodox to military/community service (which they're currently exempt from) and to institute changes in Israel's electoral system:",
      'Many condemn this change, but even if only these two promises are kept, they will result in a significant change in Israeli society.',
    );
    expect(attribution(article, 'the agreement between Mofaz and Netanyahu')).toMatchObject({ kind: 'reported', speaker: 'Tal Yaron' });
    expect(attribution(article, 'the new coalition will pass a law')).toMatchObject({ kind: 'reported', speaker: null, cue: 'which stipulates' });
    expect(attribution(article, 'Many condemn this change')).toMatchObject({ kind: 'direct', speaker: 'Tal Yaron' });
  });

  test('a report a speaker mentions keeps what it said apart: "…, which said that …" has no speaker of the mentioner', () => {
    const article = analyze(MOFAZ, 'Blogger Tal Yaron mentioned a new poll by Haaretz, which said that most voters would not forgive Mofaz for the move.');
    expect(attribution(article, 'most voters would not forgive Mofaz').speaker).not.toBe('Tal Yaron');
  });

  test('a relative clause of an act, not of words, stays part of what was said: "…, which ended that week"', () => {
    const article = analyze(MOFAZ, 'Tal Yaron said the talks began in March and covered the draft law, which everyone expected to pass.');
    expect(attribution(article, 'the talks began in March')).toMatchObject({ kind: 'reported', speaker: 'Tal Yaron' });
  });
});
