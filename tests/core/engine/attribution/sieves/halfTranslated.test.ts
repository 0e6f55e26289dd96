import { expect, test } from 'vitest';
import { translatesHalf } from '../../../../../src/core/engine/attribution/sieves/halfTranslated';
import { analyze, quotesOf } from '../helpers';

// sieves/halfTranslated.ts: a post half in Hindi and half in English, then printed in English (Global Voices,
// gv-pakistan-saadat-hasan-manto-lives-on-2012-05-14, development half).

const ORIGINAL = 'manto sahab amar rahenge hamesha ke liye , he is alive in his stories.';
const ENGLISH = 'Manto will live forever, he is alive in his stories.';

test('an English paragraph ending on the words a two-language post ended on translates it', () => {
  expect(translatesHalf(ENGLISH, ORIGINAL)).toBe(true);
  // The same words printed twice are no translation; three words in common are too few to tell.
  expect(translatesHalf(ORIGINAL, ORIGINAL)).toBe(false);
  expect(translatesHalf('The writer was born in 1912 and is still read in his stories.', 'Everybody says that he lives in his stories.')).toBe(false);
  expect(translatesHalf(ENGLISH, undefined)).toBe(false);
});

test("the English of a commenter's two-language post, the article's last paragraph, is the commenter's too", () => {
  const article = analyze(
    'India, Pakistan: Saadat Hasan Manto Lives On',
    'Manto died on 18th January 1955 at the age of 43. His thoughts will always be with us. Vivek Martolia comments:',
    ORIGINAL,
    ENGLISH,
  );
  const speaker = (start: string) => quotesOf(article).find((q) => q.text.startsWith(start))?.speakerId;
  expect(speaker('manto sahab')).toBeDefined();
  expect(speaker('Manto will live')).toBe(speaker('manto sahab'));
});
