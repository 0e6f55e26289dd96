import {
  calledByFirstName,
  foldAccents,
  lettersSwapped,
  misspeltSurname,
  sameSurname,
  spelledOut,
  vowelChanged,
  withItsAccents,
} from '../../../../src/core/engine/entities/nameSpellings';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

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

// wikinews-calicut-air-india-express-crash-2020-08-08 ("Civil Aviation Minister Hardeep Singh Puri … Hardeep said") and a
// fresh Wikinews 2020 row ("his successor, Haitham bin Tariq Al Said … After the funeral, Haitham said").
test('a first name alone may call a name where a Sikh name or an Arabic "bin" follows it ("Hardeep Singh Puri", "Haitham bin Tariq Al Said")', () => {
  expect(calledByFirstName(['Hardeep', 'Singh', 'Puri'])).toBe(true);
  expect(calledByFirstName(['Haitham', 'bin', 'Tariq', 'Al', 'Said'])).toBe(true);
  expect(calledByFirstName(['Mohammad', 'Javad', 'Zarif'])).toBe(false);
});

test('"Haitham" after "Haitham bin Tariq Al Said" is the same person', () => {
  const people = findEntities(
    [
      'Sultan Qaboos of Oman dies',
      'Before Qaboos’s burial at a family cemetery, his successor, Haitham bin Tariq Al Said, attended funeral prayers.',
      'When the royal council met, they chose to open the letter and acknowledged Qaboos’s cousin, Haitham, as the new Sultan. After the funeral, Haitham said he would continue the foreign policy.',
    ],
    0,
  ).entities.filter((e) => e.type === 'person');
  expect(people.find((p) => p.name === 'Haitham bin Tariq Al Said')?.aliases.has('Haitham')).toBe(true);
  expect(people.map((p) => p.name)).not.toContain('Haitham');
});

test('a surname misspelt by a doubled letter or two letters swapped is read as that surname ("Abbot", "Rumsfled")', () => {
  expect(misspeltSurname('Abbot', 'Abbott')).toBe(true);
  expect(misspeltSurname('Rumsfled', 'Rumsfeld')).toBe(true);
  expect(misspeltSurname('Phillips', 'Philips')).toBe(true);
});

test('another surname a letter apart, a first letter swapped or a short name is no misspelling ("Browne", "Hal")', () => {
  expect(misspeltSurname('Browne', 'Brown')).toBe(false);
  expect(misspeltSurname('Allan', 'Allen')).toBe(false);
  expect(misspeltSurname('Hal', 'Hall')).toBe(false);
  expect(misspeltSurname('Abbott', 'Abbott')).toBe(false);
  expect(misspeltSurname('Anelli', 'nAelli')).toBe(false);
});

test('only two letters side by side swapped count as a swap, never the first ("Rumsfled"; not "Abbot", "Brwon")', () => {
  expect(lettersSwapped('Rumsfled', 'Rumsfeld')).toBe(true);
  expect(lettersSwapped('Abbot', 'Abbott')).toBe(false);
  expect(lettersSwapped('Rbown', 'Brown')).toBe(false);
  expect(lettersSwapped('Hansen', 'Hanson')).toBe(false);
});

test('one vowel after the first letter written as another is a romanised variant ("Wasif" for "Wasef"; not "Hill" for "Hall", nor a consonant)', () => {
  expect(vowelChanged('Wasif', 'Wasef')).toBe(true);
  expect(vowelChanged('Mohamad', 'Mohamed')).toBe(true);
  expect(vowelChanged('Hill', 'Hall')).toBe(false);
  expect(vowelChanged('Wasef', 'Wasef')).toBe(false);
  expect(vowelChanged('Wasif', 'Wasaf')).toBe(true);
  expect(vowelChanged('Wasif', 'Wasir')).toBe(false);
  expect(vowelChanged('Ewans', 'Awans')).toBe(false);
  expect(vowelChanged('Wasifa', 'Wasef')).toBe(false);
});

// gv-south-africa-the-spear-painting-zuma-2012-05-22 (development half, Global Voices 2012, CC BY 3.0).
test('a first name alone may call a name whose surname its particles open ("Pierre De Vos", "Ludwig van Beethoven")', () => {
  expect(calledByFirstName(['Pierre', 'De', 'Vos'])).toBe(true);
  expect(calledByFirstName(['Ursula', 'von', 'der', 'Leyen'])).toBe(true);
  expect(calledByFirstName(['Pierre', 'Paul', 'Vos'])).toBe(false);
});

test('"on Pierre\'s blog" after "law expert Pierre De Vos explains …" is the same person', () => {
  const people = findEntities(
    [
      'South Africa: The Spear',
      'South African consitutional law expert Pierre De Vos explains why the ANC might lose their case:',
      "The following discussion ensued on Pierre's blog around issues of decency, respect for elders and African culture:",
    ],
    0,
  ).entities.filter((e) => e.type === 'person');
  expect(people.map((e) => e.name)).toEqual(['Pierre De Vos']);
  expect(people[0]?.mentions).toHaveLength(2);
});
