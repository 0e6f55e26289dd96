import { expect, test } from 'vitest';
import { blockSentences } from '../../../src/core/engine/blockSentences';
import { splitSentences } from '../../../src/core/sentences';

test("an article's blocks are split into the same sentences as one by one, and only once however often a pass asks", () => {
  // Sentences of the bench's generated article.
  const texts = [
    'Leaders trade warnings over trade, energy and the cost of living',
    '"We will keep working until every family has a safe place to live," Dr. Fatima Whitfield said on Monday. Critics say the scheme favours large companies.',
  ];
  const sentences = blockSentences(texts);
  expect(sentences).toEqual(texts.map((text) => splitSentences(text)));
  expect(sentences[1]).toHaveLength(2);
  expect(blockSentences(texts)).toBe(sentences);
});
