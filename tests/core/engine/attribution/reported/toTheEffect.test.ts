import { describe, expect, test } from 'vitest';
import { isToTheEffect, toTheEffectCues } from '../../../../../src/core/engine/attribution/reported/toTheEffect';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/toTheEffect.ts: "issued a statement to the effect (that) …" reports the clause as the issuer's.

describe('"issued a statement to the effect …"', () => {
  // English Wikinews 2019, wikinews-thai-party-withdraws-princess-nomination-2019-02-11 (development half).
  test('"the palace issued a statement to the effect the king considered it inappropriate …" reports the clause', () => {
    const article = analyze(
      'Thai party withdraws princess nomination',
      'Shortly after she formally filed for candidacy, the palace issued a statement to the effect the king considered it inappropriate for Thai royals to run for elected office.',
    );
    expect(attribution(article, 'the king considered it inappropriate for Thai royals to run for elected office')).toMatchObject({
      kind: 'reported',
      cue: 'issued a statement to the effect',
    });
  });

  test('with "that" the content starts after it', () => {
    const article = analyze(
      'Thai party withdraws princess nomination',
      'Shortly after she formally filed for candidacy, the palace issued a statement to the effect that the king considered it inappropriate for Thai royals to run for elected office.',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual(['the king considered it inappropriate for Thai royals to run for elected office']);
  });

  test('the phrase needs a statement put out: "had little to the effect" is none', () => {
    expect(toTheEffectCues('The change had little effect.')).toEqual([]);
    expect(toTheEffectCues('the palace issued a statement to the effect the king')[0]?.[0]).toBe('issued a statement to the effect');
    expect(isToTheEffect('issued a statement to the effect')).toBe(true);
    expect(isToTheEffect('issued')).toBe(false);
  });
});
