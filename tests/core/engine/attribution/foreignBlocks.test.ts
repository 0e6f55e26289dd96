import { describe, expect, it } from 'vitest';
import { foreignBlock } from '../../../../src/core/engine/attribution/foreignBlocks';

describe('foreignBlock', () => {
  // A protester's words and their translation (Global Voices, development half), as elidedExcerpt.ts quotes them.
  const texts = [
    'Both are dressed up in the green t-shirts of the movement.',
    'Yo no encuentro trabajo y mi marido tampoco, y ya no sabemos qué hacer con los niños.',
    "I can't find a job nor can my husband, and we no longer know what to do with the children.",
  ];

  it('tells a paragraph in another language from the English around it', () => {
    expect(texts.map((_, block) => foreignBlock(texts, block))).toEqual([false, true, false]);
  });

  it('answers again from what it read of the article', () => {
    expect(foreignBlock(texts, 1)).toBe(true);
    expect(foreignBlock(texts, 3)).toBe(false);
  });
});
