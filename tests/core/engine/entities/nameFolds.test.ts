import { describe, expect, it } from 'vitest';
import { NameFolds } from '../../../../src/core/engine/entities/nameFolds';

describe('folded name spellings', () => {
  it('folds a name written with a hyphen for a space, in another case, alike ("Kim Jong Un", "Kim Jong-Un")', () => {
    const folds = new NameFolds();
    expect(folds.folded('Kim Jong-Un', true)).toBe(folds.folded('Kim Jong Un', true));
  });

  it('reads a name in one romanisation: "Usama bin Ladin" is "Osama bin Laden" (wikinews-trump-says-hamza-bin-laden-killed-2019-09-17)', () => {
    const folds = new NameFolds();
    expect(folds.folded('Usama bin Ladin', true)).toBe(folds.folded('Osama bin Laden', true));
  });

  it('folds a lone word only by its accents, keeping its case and hyphens', () => {
    const folds = new NameFolds();
    expect(folds.folded('Rosselló', false)).toBe('Rossello');
    expect(folds.folded('al-Abadi', false)).toBe('al-Abadi');
  });
});
