import { describe, expect, it } from 'vitest';
import { compareCodeUnits, compareNames } from '../../src/core/textOrder';

describe('names in alphabetical order', () => {
  it('sorts names as a reader expects, whatever their case or accents', () => {
    const names = ['Éric Zemmour', 'vladimir Putin', 'Anna Ruiz', 'Ángel Gurría', 'Zhao Lijian', 'emmanuel Macron'];
    expect([...names].sort(compareNames)).toEqual(['Ángel Gurría', 'Anna Ruiz', 'emmanuel Macron', 'Éric Zemmour', 'vladimir Putin', 'Zhao Lijian']);
  });

  it('gives names that differ only by accent or case one fixed order, and 0 for the same name', () => {
    expect(compareNames('Jose', 'José')).toBeLessThan(0);
    expect(compareNames('José', 'Jose')).toBeGreaterThan(0);
    expect(compareNames('Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev')).toBe(0);
  });
});

describe('machine strings in order', () => {
  it('puts ISO timestamps in the order of time, latest last', () => {
    const added = ['2026-12-03T01:00:00.000Z', '2026-11-30T23:59:59.999Z', '2026-12-03T00:59:59.000Z'];
    expect([...added].sort(compareCodeUnits)).toEqual(['2026-11-30T23:59:59.999Z', '2026-12-03T00:59:59.000Z', '2026-12-03T01:00:00.000Z']);
  });
});
