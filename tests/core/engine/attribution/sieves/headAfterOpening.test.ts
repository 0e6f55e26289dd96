import { expect, test } from 'vitest';
import { headAfterOpening } from '../../../../../src/core/engine/attribution/sieves/headAfterOpening';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/headAfterOpening.ts: a blog's name after an opening phrase, in a colon cue. The post is Global Voices' "South
// Africa: The Spear, freedom of speech and morality" (May 2012, CC BY), fresh text not in the corpus.

const SPEAR_CUE = 'Discussing the painting in light of the 10 principles of free speech, Evidence and Reason says:';
const SPEAR_POST =
  'Zuma is challenging the limits of free expression on the grounds of morality. I don’t think he has the stronger position, because I think the picture was a political observation rather than an attack on his person.';

test("a blog named after the sentence's opening phrase is the source of the post its colon sets off", () => {
  const article = analyze('South Africa: The Spear, freedom of speech and morality', SPEAR_CUE, SPEAR_POST);
  expect(attribution(article, 'Zuma is challenging the limits')).toMatchObject({ kind: 'direct', speaker: 'Evidence and Reason' });
});

test('the name is read only where the opening phrase ends, right before a verb', () => {
  const capitalised = (rest: string) => /^(\p{Lu}\p{L}*(?:\s+(?:and\s+)?\p{Lu}\p{L}*)+)\s+\p{Ll}+s\b/du.exec(rest);
  expect(headAfterOpening(SPEAR_CUE, capitalised)).toEqual([70, 89]);
  expect(SPEAR_CUE.slice(70, 89)).toBe('Evidence and Reason');
  expect(headAfterOpening('Evidence and Reason says:', capitalised)).toBeUndefined();
  expect(headAfterOpening('In his post, “Evidence and Reason” says:', capitalised)).toBeUndefined();
});

test('a group named after an opening phrase before a verb that is no speech verb speaks for no one', () => {
  const article = analyze(
    'South Africa: The Spear, freedom of speech and morality',
    'Outside the Goodman Gallery, Youth League members gathered with placards:',
    SPEAR_POST,
  );
  expect(quotesOf(article).filter((q) => q.speakerId !== null)).toEqual([]);
});
