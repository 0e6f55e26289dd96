import { describe, expect, test } from 'vitest';
import { claimsResponsibility } from '../../../../../src/core/engine/attribution/reported/responsibility';
import { analyze, attribution } from '../helpers';

// reported/responsibility.ts: a claim or a denial of responsibility for an act is the speaker's word that they did it or not.

describe('a denial of responsibility', () => {
  // wikinews-lockerbie-convict-al-megrahi-buried-2012-05-20 (development half).
  test('"Abdelbaset al-Megrahi has consistently denied responsibility for the attack" reports the denial, his', () => {
    const article = analyze(
      'Lockerbie convict Abdelbaset Ali al-Megrahi buried after dying at Libyan home',
      'Abdelbaset al-Megrahi, the only person convicted over the 1988 bombing of Pan Am Flight 103, was buried in Tripoli. Abdelbaset al-Megrahi has consistently denied responsibility for the attack.',
    );
    // The headline names him in full, and the short name written after is the same person.
    expect(attribution(article, 'responsibility for the attack')).toMatchObject({ kind: 'reported', speaker: 'Abdelbaset Ali al-Megrahi' });
  });

  test('claims and denials of responsibility for something are read; other objects and a bare "responsibility" are not', () => {
    expect(claimsResponsibility('denied', ' responsibility for the injuries')).toBe(true);
    expect(claimsResponsibility('claimed', ' responsibility for the attacks')).toBe(true);
    expect(claimsResponsibility('denied', ' responsibility.')).toBe(false);
    expect(claimsResponsibility('denied', ' the charges')).toBe(false);
    expect(claimsResponsibility('accepted', ' responsibility for the murder')).toBe(false);
  });
});
