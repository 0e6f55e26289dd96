import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// attribution/ownAccount.ts. Global Voices, "Israel: Mofaz Derided for Joining Unity Government" (9 May 2012, CC BY
// 3.0), development half (gv-israel-mofaz-derided-unity-government-2012-05-09).
const MOFAZ = 'Israel: Mofaz Derided for Joining Unity Government';
const OPENING =
  "Israel's biggest news story of recent months happened in the early hours of May 8: the head of the opposition and new chairman of the centrist Kadima party, Shaul Mofaz, agreed to join Benjamin Netanyahu's government.";

describe("a person's own page or account as the speaker", () => {
  test('"Mofaz\'s official Facebook page posted:" gives the post to Shaul Mofaz', () => {
    const article = analyze(
      MOFAZ,
      OPENING,
      "Many of them referred to Mofaz's harsh criticism of Netanyahu up until the moment he entered the government under Netanyahu's leadership. For example, on March 3, Mofaz's official Facebook page posted:",
      "Listen to me closely: I will not enter Bibi's [Netanyahu's] government. Not today. Not tomorrow and not after I head Kadima on March 28.",
    );
    expect(attribution(article, 'Listen to me closely')).toMatchObject({ kind: 'direct', speaker: 'Shaul Mofaz' });
  });

  test('the page of someone the text has not named stays unattributed, never the nearest person', () => {
    const article = analyze(MOFAZ, OPENING, "On March 3, Livni's official Facebook page posted:", 'This is a bad and failed government.');
    expect(attribution(article, 'This is a bad and failed government').speaker).not.toBe('Shaul Mofaz');
  });
});
