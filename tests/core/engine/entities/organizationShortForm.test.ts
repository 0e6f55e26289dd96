import { organizationShortForm } from '../../../../src/core/engine/entities/organizationShortForm';

// entities/organizationShortForm.ts: the first word an organisation is called by alone on second reference.

describe('organisation short form', () => {
  test('a company is called by its first word ("Arcturus" for "Arcturus Semiconductor", "Boeing" for "Boeing Company")', () => {
    expect(organizationShortForm('Arcturus Semiconductor')).toBe('Arcturus');
    expect(organizationShortForm('Boeing Company')).toBe('Boeing');
  });

  test('a one-word name has no shorter form', () => {
    expect(organizationShortForm('Sea-Eye')).toBeUndefined();
  });

  test('a place, nationality, head word or acronym opening the name is no short form of it', () => {
    expect(organizationShortForm('Kenya Airways')).toBeUndefined();
    expect(organizationShortForm('German Red Cross')).toBeUndefined();
    expect(organizationShortForm('Bank of England')).toBeUndefined();
    expect(organizationShortForm('U.S. Steel')).toBeUndefined();
  });
});
