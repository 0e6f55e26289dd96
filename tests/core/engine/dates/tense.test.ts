import { tenseAround } from '../../../../src/core/engine/dates/tense';

/** The tense read around the first occurrence of `words` in `sentence`. */
function tenseOf(sentence: string, words: string) {
  const start = sentence.indexOf(words);
  return tenseAround(sentence, start, start + words.length);
}

test.each([
  ['the nearest verb before the date decides', 'Police said on Monday that the road was closed.', 'on Monday', 'past'],
  [
    'with none before, the first verb after decides',
    'Russian President Vladimir Putin on Thursday called the unrest an act of aggression.',
    'on Thursday',
    'past',
  ],
  ['an irregular past verb is past', 'The two leaders met on Tuesday in Moscow.', 'on Tuesday', 'past'],
  ['"will" looks ahead', 'The council will vote on Tuesday.', 'on Tuesday', 'future'],
  ['"plans to" looks ahead', 'The ministry plans to publish the figures on Friday.', 'on Friday', 'future'],
  ['"had planned to" looks back', 'She had planned to travel on Friday.', 'on Friday', 'past'],
  ['"is due" looks ahead', 'The report is due on Friday.', 'on Friday', 'future'],
  ['"are expected" forecasts', 'Elections are expected in October.', 'in October', 'future'],
  ['"would not comment" reports a past refusal, so the next verb decides', 'The ministry would not comment on Monday, officials said.', 'on Monday', 'past'],
] as const)('%s', (_, sentence, words, expected) => {
  expect(tenseOf(sentence, words)).toBe(expected);
});

test('a participle after "be" or "remain" is a state, and the tense comes from another word', () => {
  expect(tenseOf('The school will remain closed on Monday.', 'on Monday')).toBe('future');
});

test('an "-ed" word that is no verb says nothing about time', () => {
  expect(tenseOf('An armed group on Sunday.', 'on Sunday')).toBeNull();
  expect(tenseOf('A hundred people on Sunday.', 'on Sunday')).toBeNull();
});
