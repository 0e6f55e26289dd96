import { describe, expect, test } from 'vitest';
import { opensDeterminedClause } from '../../../../../src/core/engine/attribution/reported/determinedClause';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/determinedClause.ts: after "and", "stated the X had …" reports a clause whose subject "the" opens.

describe('"… and stated the Department of Public Works had located the problem"', () => {
  // Shape of wikinews-water-main-bursts-white-plains-2020-08-13 (development half), with a subject the readers know.
  test('a past speech verb after "and" shares its clause\'s subject before a clause that "the" opens', () => {
    const article = analyze(
      'Water main bursts in White Plains',
      'The Pentagon issued an advisory of water outages and stated the Department of Public Works (DPW) had located the problem.',
    );
    expect(attribution(article, 'the Department of Public Works (DPW) had located the problem')).toMatchObject({
      kind: 'reported',
      speaker: 'Pentagon',
      cue: 'stated',
    });
  });

  test('an object with a clause of its own is no clause said', () => {
    expect(opensDeterminedClause(' the Department of Public Works (DPW) had located the problem', 0)).toBe(true);
    expect(opensDeterminedClause(' the steps their customers would take', 0)).toBe(false);
    expect(opensDeterminedClause(' the changes the council had made', 0)).toBe(false);
    expect(quotesOf(analyze('Council', 'The mayor listened and explained the steps their customers would take.'))).toEqual([]);
  });
});
