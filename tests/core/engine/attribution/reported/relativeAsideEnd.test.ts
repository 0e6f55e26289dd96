import { describe, expect, test } from 'vitest';
import { analyze, quotesOf } from '../helpers';

// reported/relativeAsideEnd.ts: the content of a cue in a relative clause set off by commas stops where the relative
// closes, before the main clause's verb.

const reported = (...paragraphs: Array<string>) =>
  quotesOf(analyze(...(paragraphs as [string, ...Array<string>])))
    .filter((q) => q.kind === 'reported')
    .map((q) => q.text);

describe('a cue in a relative clause set off by commas', () => {
  // Wikinews, "Zara Kay tells Wikinews about her non-profit organisation Faithless Hijabi" (2020, wn2020.csv row 73,
  // not in the corpus).
  test("'Zara Kay, who identifies herself as an antithiest, had prefiously helped …' reports only what she identifies herself as", () => {
    const found = reported(
      'Zara Kay tells Wikinews about her non-profit organisation Faithless Hijabi',
      'Its Facebook page has over 7000 likes, and Zara Kay, who identifies herself as an antithiest, had prefiously helped a Saudi teenager Rahaf Mohammed escape to Canada.',
    );
    expect(found).toContain('herself as an antithiest');
    expect(found.some((t) => t.includes('Rahaf Mohammed'))).toBe(false);
  });
});

describe('a cue in a relative clause with an auxiliary or a phrase of time before its verb', () => {
  // Global Voices, gv-israel-mofaz-derided-unity-government-2012-05-09 (development half).
  test("'Mofaz, who had at first insisted he would never join …, was apparently worried …' reports only what he insisted", () => {
    const found = reported(
      'Israel: Mofaz Derided for Joining Unity Government',
      "Mofaz, who had at first insisted he would never join Netanyahu's government, was apparently worried about taking part in elections since all the polls predicted his party would greatly diminish in power.",
    );
    expect(found).toContain("he would never join Netanyahu's government");
    expect(found.some((t) => t.includes('apparently worried'))).toBe(false);
  });
});
