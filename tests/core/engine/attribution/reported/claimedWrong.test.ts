import { describe, expect, test } from 'vitest';
import { claimsWrong } from '../../../../../src/core/engine/attribution/reported/claimedWrong';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/claimedWrong.ts: a wrong that "claimed" or "alleged" names with no determiner is what was claimed.

describe('"claimed widespread voter fraud": the wrong claimed is the content', () => {
  // English Wikinews 2020, wikinews-violence-washington-dc-pro-trump-protest-2020-11-17 (development half).
  test('"…, and has claimed widespread voter fraud with mail-in ballots, and made …" reports the claim, with how', () => {
    const article = analyze(
      'Violence in Washington, D.C. after pro-Trump protest',
      'The president has not yet conceded the election, and has claimed widespread voter fraud with mail-in ballots, and made various legal challenges.',
    );
    expect(attribution(article, 'widespread voter fraud with mail-in ballots')).toMatchObject({ kind: 'reported', cue: 'claimed' });
  });

  test('"Trump claimed widespread voter fraud." is Trump\'s', () => {
    const article = analyze('Violence in Washington, D.C. after pro-Trump protest', 'Trump claimed widespread voter fraud.');
    expect(attribution(article, 'widespread voter fraud')).toMatchObject({ kind: 'reported', speaker: 'Trump' });
  });

  test('a thing won or a noun the wrong describes is no claim', () => {
    expect(claimsWrong('claimed', ' victory in the election')).toBe(false);
    expect(claimsWrong('claimed', ' fraud victims were paid')).toBe(false);
    expect(claimsWrong('said', ' widespread voter fraud.')).toBe(false);
    expect(quotesOf(analyze('Election', 'The candidate claimed victory on Tuesday.'))).toEqual([]);
  });
});
