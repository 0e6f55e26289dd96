import { roleAt, wordsOf } from '../../../../src/core/engine/sources/roles';

/** The kind of the role at word `i` of a phrase, or null. */
const kindAt = (phrase: string, i: number) => roleAt(wordsOf(phrase.toLowerCase()), i)?.[0] ?? null;

test('the longest role wins over the words it holds', () => {
  expect(roleAt(wordsOf('chief executive officer'), 0)).toEqual(['head', 3]);
});

test('"fellow" before another role is no think-tank fellow, alone it is', () => {
  expect(kindAt('fellow drummer', 0)).toBeNull();
  expect(kindAt('a senior fellow at the institute', 2)).toBe('expert');
});

test('"fellow" before a nationality is a compatriot (Global Voices: "fellow Bahraini Esra\'a explains")', () => {
  expect(kindAt('fellow Bahraini', 0)).toBeNull();
  expect(kindAt('fellow Egyptians', 0)).toBeNull();
});

test('a scientist named by a field the lexicon lacks is an expert', () => {
  expect(kindAt('evolutionary biomechanicist', 1)).toBe('expert');
});

test('a film critic judges from knowledge of the field; a critic of something speaks for themself', () => {
  // wikinews-noise-fockers-weekend-box-office-2005-01-07: "Jack Garner, film critic for Gannet News Service said".
  expect(kindAt('film critic for Gannet News Service', 0)).toBe('expert');
  // wikinews-radio-host-don-imus-dies-2019-12-30: "a harsh critic of human behavior".
  expect(kindAt('a harsh critic of human behavior', 2)).toBe('citizen');
});
