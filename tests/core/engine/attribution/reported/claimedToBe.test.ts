import { describe, expect, test } from 'vitest';
import { claimsToBe } from '../../../../../src/core/engine/attribution/reported/claimedToBe';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/claimedToBe.ts: what someone claims to be or to have been, with its "to".

describe('a claim of what the speaker is, with "to be"', () => {
  // wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30 (development half).
  test('"According to Forbes, West claimed to be in communication with …" gives West the claim', () => {
    const article = analyze(
      'On the campaign trail',
      'Kanye West, a presidential candidate himself, spent much of August seeking ballot access. According to Forbes, West claimed to be in communication with Trump\'s son-in-law and White House adviser Jared Kushner "almost daily."',
    );
    expect(attribution(article, "to be in communication with Trump's son-in-law and White House adviser Jared Kushner")).toMatchObject({
      kind: 'reported',
      speaker: 'Kanye West',
    });
  });

  // wikinews-magnitogorsk-apartment-building-collapse-2019-01-04 (development half).
  test('"Residents there told the press the officers claimed to be seeking a bomb." leaves the officers unnamed', () => {
    const article = analyze(
      'Magnitogorsk apartment building collapse',
      'Monday saw armed police with dogs searching a second apartment block in Magnitigorsk. Residents there told the press the officers claimed to be seeking a bomb.',
    );
    expect(attribution(article, 'to be seeking a bomb')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('a promise or a modifier "claiming to be" is no such claim', () => {
    expect(quotesOf(analyze('Match', 'The final promised to be a thriller.'))).toEqual([]);
    expect(quotesOf(analyze('Door', 'A man claiming to be a police officer knocked on the door.'))).toEqual([]);
    expect(claimsToBe('claims', ' to have been founded in 1990')).toBe(true);
    expect(claimsToBe('vowed', ' to be back')).toBe(false);
    expect(claimsToBe('claimed', ' the lives of ten people')).toBe(false);
  });
});
