import { describe, expect, test } from 'vitest';
import { isMadeClear, madeClearCues } from '../../../../../src/core/engine/attribution/reported/madeClear';
import { analyze, attribution } from '../helpers';

// reported/madeClear.ts: "made it clear that …" reports a stated position.

describe('"made it clear that …"', () => {
  // Global Voices 2012 (CC BY 3.0), gv-malawi-banda-promises-lift-homosexuality-ban-2012-05-19 (development half).
  test('a group that "made it clear that" states what follows, left unattributed when no one is named', () => {
    const article = analyze(
      'Malawi: President Banda Promises to Lift Homosexuality Ban',
      'Malawian religious groups have made it clear that same sex marriages cannot be allowed in God-fearing and cultural strong Malawian norms.',
    );
    expect(attribution(article, 'same sex marriages cannot be allowed')).toMatchObject({ kind: 'reported', speaker: null, cue: 'made it clear that' });
  });

  test('only the phrase before "that" is a cue', () => {
    expect(madeClearCues('They made it clear that it would go.').map((m) => m[0])).toEqual(['made it clear']);
    expect(madeClearCues('The sky made it clear by noon.')).toEqual([]);
    expect(isMadeClear('makes clear')).toBe(true);
    expect(isMadeClear('made')).toBe(false);
  });
});
