import { expect, test } from 'vitest';
import { insideMarks } from '../../../../src/core/engine/attribution/insideMarks';

// attribution/insideMarks.ts: whether a place in a sentence lies inside words someone is quoted as saying.

/** The text of `sentence` before the first `at` after the first `from`. */
const upTo = (sentence: string, at: string, from = ''): string => sentence.slice(0, sentence.indexOf(at, sentence.indexOf(from)));

// English Wikinews 2019, wikinews-elijah-cummings-dies-2019-10-18 (development half).
test("a comma between straight marks is the quoted words' own; after the closing mark it is the writer's", () => {
  const sentence = 'Republican President Trump noted his "strength, passion and wisdom" on Twitter.';
  expect(insideMarks(upTo(sentence, ','))).toBe(true);
  expect(insideMarks(upTo(sentence, ' on Twitter'))).toBe(false);
});

test('a comma just before a closing curly mark is inside; the participle after it is not', () => {
  const sentence =
    'NASA Administrator James C. Fletcher hailed the decision as “an historic step in the space program,” adding that it would change what humans can do in space.';
  expect(insideMarks(upTo(sentence, ',”'))).toBe(true);
  expect(insideMarks(upTo(sentence, ' adding'))).toBe(false);
});

test('a sentence with no marks, or with every quotation closed, leaves nothing open', () => {
  const sentence = 'Sobchak affirmed her commitment to peaceful resistance and gradual "perestroika," rejecting the radicalization of protest tactics.';
  expect(insideMarks(upTo(sentence, ' and gradual'))).toBe(false);
  expect(insideMarks(upTo(sentence, ',', 'perestroika'))).toBe(true);
  expect(insideMarks(upTo(sentence, ' rejecting'))).toBe(false);
});
