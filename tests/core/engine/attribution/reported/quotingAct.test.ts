import { describe, expect, test } from 'vitest';
import { beforeQuotingAct } from '../../../../../src/core/engine/attribution/reported/quotingAct';
import { analyze, quotesOf } from '../helpers';

// reported/quotingAct.ts: the speaker's next act of quoting someone else, joined by "and", ends the content.

describe('"… and quotes one of its Facebook contacts" after the content', () => {
  // gv-armenia-firebombers-released-bail-2012-05-16 (development half).
  test('"The blog also notes that a second attack occurred on 15 May and quotes one of its Facebook contacts." reports only the attack', () => {
    const article = analyze(
      'Armenia: Fears After Nationalist Firebombers Released on Bail',
      'The blog also notes that a second attack occurred on 15 May and quotes one of its Facebook contacts.',
    );
    expect(
      quotesOf(article)
        .filter((q) => q.kind === 'reported')
        .map((q) => q.text),
    ).toEqual(['a second attack occurred on 15 May']);
  });

  test('only a present quoting verb after a past one of the content, as the cue verb stands in the present', () => {
    const text = 'a second attack occurred on 15 May and quotes one of its Facebook contacts';
    expect(beforeQuotingAct(text, 0, text.length, 'notes')).toBe('a second attack occurred on 15 May'.length);
    // The cue in the past: the present verb is the content's.
    expect(beforeQuotingAct(text, 0, text.length, 'noted')).toBe(text.length);
    // No past verb in the content before it: "quotes" may be the content's own verb.
    const own = 'the editor reads and quotes the letters of readers';
    expect(beforeQuotingAct(own, 0, own.length, 'says')).toBe(own.length);
  });
});
