import { textHash } from '../../src/core/textHash';

test('the same text always has the same fingerprint', () => {
  expect(textHash('{"id":"a"}')).toBe(textHash('{"id":"a"}'));
});

test('a text that differs by one character has another fingerprint', () => {
  expect(textHash('{"id":"a"}')).not.toBe(textHash('{"id":"b"}'));
  expect(textHash('ab')).not.toBe(textHash('ba'));
});

test('the fingerprint is FNV-1a, written in base 36', () => {
  // FNV-1a of the empty text is its offset basis, 0x811c9dc5; of "a" it is 0xe40c292c.
  expect(textHash('')).toBe((0x811c9dc5).toString(36));
  expect(textHash('a')).toBe((0xe40c292c).toString(36));
});
