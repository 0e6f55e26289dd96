import { describe, expect, it } from 'vitest';
import { TWITTER_HANDLE } from '../../src/core/twitterHandle';

const whole = new RegExp(`^${TWITTER_HANDLE}$`);

describe('Twitter handles', () => {
  // Handles as Global Voices round-ups of May 2012 write them.
  it.each(['@pistatxin78', '@DunjaLazic', '@hadilaziz', '@Acampadabcn', '@3bd2lr7man5aled', '@a'])('reads %s as a handle', (handle) => {
    expect(whole.test(handle)).toBe(true);
  });

  it.each(['@', 'DunjaLazic', '@半拉北京人', '@Liu Yadong', '@abcdefghijklmnop', '@mafalda-quotes'])('does not read %s as a Twitter handle', (text) => {
    expect(whole.test(text)).toBe(false);
  });
});
