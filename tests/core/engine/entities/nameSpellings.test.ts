import { calledByFirstName, foldAccents, sameSurname, spelledOut, withItsAccents } from '../../../../src/core/engine/entities/nameSpellings';

// nameSpellings.ts: how the registry compares two spellings of a name (the names of registry.test.ts's cases).

test('a surname without its accents folds to the same word ("Erdoğan", "Jarosław")', () => {
  expect(foldAccents('Erdoğan')).toBe('Erdogan');
  expect(foldAccents('Jarosław')).toBe('Jaroslaw');
});

test('a headline’s unaccented name is the body’s accented one, and not the other way round', () => {
  expect(withItsAccents('Jaroslaw Kaczynski', 'Jarosław Kaczyński')).toBe(true);
  expect(withItsAccents('Jarosław Kaczyński', 'Jaroslaw Kaczynski')).toBe(false);
});

test('a father and son told apart by their suffixes do not share a surname ("Bruce McCandless II", "Bruce McCandless III")', () => {
  expect(sameSurname('Bruce McCandless II', 'Bruce McCandless III')).toBe(false);
  expect(sameSurname('Bruce McCandless II', 'McCandless')).toBe(true);
});

test('a spelled-out first name spells out the initials ("S.C. Mackey", "Scott Mackey")', () => {
  expect(spelledOut('S.C. Mackey', 'Scott Mackey')).toBe(true);
  expect(spelledOut('S.C. Mackey', 'Scott Kelly')).toBe(false);
});

test('a first name alone may call a first name and a surname, with or without a middle initial ("Kate A. McGinnis")', () => {
  expect(calledByFirstName(['Kate', 'A.', 'McGinnis'])).toBe(true);
  expect(calledByFirstName(['Kate', 'McGinnis'])).toBe(true);
  expect(calledByFirstName(['Kate', 'Anne', 'McGinnis'])).toBe(false);
});
