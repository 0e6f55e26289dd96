import { describe, expect, test } from 'vitest';
import { ownsNamedRole } from '../../../../src/core/engine/attribution/possessorName';
import { analyze, attribution } from './helpers';

// attribution/possessorName.ts: a name that owns the role of the next name is not the sentence's subject.

// English Wikinews, "On the campaign trail in the USA, October 2020", 2020-11-02, CC BY 2.5 (fresh text, no gold).
const BOBULINSKI =
  "Just before the final presidential debate, Hunter Biden's former business partner Tony Bobulinski held a press conference claiming Joe Biden knew about his son's business deals, particularly with China, and that the elder Biden was involved with them.  He claimed to have evidence supporting the claim.";

describe('a possessor before a named role', () => {
  test('"He" after "Hunter Biden\'s former business partner Tony Bobulinski held …" is Bobulinski, not Hunter Biden', () => {
    const article = analyze('On the campaign trail in the USA, October 2020', BOBULINSKI);
    expect(attribution(article, 'to have evidence')).toMatchObject({ speaker: 'Tony Bobulinski', speakerRef: 'He' });
  });

  test('only an owned role of lowercase words may stand between the two names', () => {
    const text = "Hunter Biden's former business partner Tony Bobulinski";
    const end = 'Hunter Biden'.length;
    expect(ownsNamedRole(text, end, text.indexOf('Tony'))).toBe(true);
    const listed = 'Hunter Biden and Tony Bobulinski';
    expect(ownsNamedRole(listed, end, listed.indexOf('Tony'))).toBe(false);
  });
});
