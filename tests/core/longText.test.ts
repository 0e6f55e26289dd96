import { longTextWords } from '../../src/core/longText';

test('an article of ordinary length gets no warning', () => {
  expect(longTextWords('Headline\n\n' + 'word '.repeat(5_000))).toBeNull();
});

test('several articles pasted together are counted, so the reader is told before Analyze', () => {
  expect(longTextWords('Headline\n\n' + 'council members said '.repeat(20_000))).toBe(60_001);
});
