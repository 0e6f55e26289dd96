import { describe, expect, it } from 'vitest';
import { articleWords } from '../../../src/core/engine/articleWords';

describe('articleWords', () => {
  // Sentences from the bench's generated article and Global Voices pages of the development half.
  const texts = ['SebaSpace refused to answer the questions from Red Pepper.', 'Tarek, a blogger, wrote: @pilar_marroyo said so in 2012.'];

  it('keeps every token as written, handles and digits included', () => {
    const { tokens } = articleWords(texts);
    expect(tokens.has('@pilar_marroyo')).toBe(true);
    expect(tokens.has('2012')).toBe(true);
    expect(tokens.has('SebaSpace')).toBe(true);
  });

  it('reads the letter runs of a token as words of their own', () => {
    const { words } = articleWords(texts);
    expect(words.has('pilar')).toBe(true);
    expect(words.has('marroyo')).toBe(true);
    expect(words.has('@pilar_marroyo')).toBe(false);
    expect(words.has('2012')).toBe(false);
  });

  it('tells a word written inside a sentence from one opening it', () => {
    const { inside } = articleWords(texts);
    expect(inside.has('Red')).toBe(true);
    expect(inside.has('Pepper')).toBe(true);
    expect(inside.has('SebaSpace')).toBe(false);
    expect(inside.has('Tarek')).toBe(false);
    // After a comma and a space, and right after another word inside the sentence.
    expect(inside.has('a')).toBe(true);
    expect(inside.has('blogger')).toBe(true);
    // After a colon the word is not counted as inside.
    expect(inside.has('@pilar_marroyo')).toBe(false);
  });

  it('knows the blocks each token is written in, each once and in order', () => {
    const { blocksOf } = articleWords([...texts, 'Red Pepper answered: the questions were fair.']);
    expect(blocksOf.get('questions')).toEqual([0, 2]);
    expect(blocksOf.get('@pilar_marroyo')).toEqual([1]);
    expect(blocksOf.get('Red')).toEqual([0, 2]);
    expect(blocksOf.has('pilar')).toBe(false);
  });

  it('knows the blocks each word is written in as a word of its own, each once and in order', () => {
    const { blocksOfWord } = articleWords([...texts, 'Pilar answered the questions from @pilar_marroyo.', 'Red peppers were sold.']);
    expect(blocksOfWord.get('questions')).toEqual([0, 2]);
    expect(blocksOfWord.get('pilar')).toEqual([1, 2]);
    expect(blocksOfWord.get('Red')).toEqual([0, 3]);
    // "pepper" is written only inside "peppers", a longer word.
    expect(blocksOfWord.has('pepper')).toBe(false);
    expect(blocksOfWord.has('2012')).toBe(false);
  });

  it('reads an article once', () => {
    expect(articleWords(texts)).toBe(articleWords(texts));
  });
});
