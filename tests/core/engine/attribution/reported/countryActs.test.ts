import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/countryActs.ts: a country named as the whole subject calls for and asks as its government does.

describe('a country that calls for or asks', () => {
  // wikinews-libya-switzerland-meet-visa-bans-2010-02-16 (development half).
  test('"Switzerland asked Schengen nations to restrict Libyan visas" is Switzerland’s request', () => {
    const article = analyze('Libya and Switzerland meet over visa bans', 'In November, 2009, Switzerland asked Schengen nations to restrict Libyan visas.');
    expect(attribution(article, 'Schengen nations to restrict Libyan visas')).toMatchObject({
      kind: 'reported',
      speaker: 'Switzerland',
      cue: 'Switzerland asked',
    });
  });

  // gv-gulf-union-proposals-concern-2012-05-17 (development half).
  test('"Iran has called for rallies against the proposed union" is Iran’s call', () => {
    const article = analyze(
      'Gulf: Union Proposals Raise Concern',
      'GCC civil society groups have requested a referendum. Iran has called for rallies against the proposed union of Saudi Arabia and Bahrain.',
    );
    expect(attribution(article, 'rallies against the proposed union of Saudi Arabia and Bahrain')).toMatchObject({
      kind: 'reported',
      speaker: 'Iran',
      cue: 'Iran has called for',
    });
  });

  // Near miss: people in a country are not the country, and what a plan "calls for" is no one's words.
  test('"The people in Iran have called for …" and "The challenge calls for …" are not the country’s call', () => {
    const article = analyze(
      'Protests',
      'The people in Iran have called for rallies against the union.',
      'The challenge calls for students to design a lunar rover.',
    );
    const cues = quotesOf(article)
      .filter((q) => q.kind === 'reported')
      .map((q) => q.cue?.text ?? '');
    expect(cues.some((cue) => /Iran|challenge/.test(cue))).toBe(false);
  });
});
