import { expect, test } from 'vitest';
import { withoutInconsistencies } from '../../../../src/core/engine/assemble/consistent';
import { analyzeArticle } from '../../../../src/core/engine/analyze';

const article = analyzeArticle('Port votes\n\n"We are ready," Mayor Dana Lutz said.\n\n"It is late," said Ana Ruiz, a nurse.');

test('a consistent article comes back as it is', () => {
  expect(withoutInconsistencies(article)).toBe(article);
});

test('a quote whose words no longer match its text is dropped and every other finding kept', () => {
  const [first, second] = article.paragraphs;
  if (!first?.quotes[0] || !second) throw new Error('the sample article lost its quotes');
  const broken = { ...article, paragraphs: [{ ...first, quotes: [{ ...first.quotes[0], text: 'something else' }] }, second] };
  const kept = withoutInconsistencies(broken);
  expect(kept.paragraphs[0]?.quotes).toEqual([]);
  expect(kept.paragraphs[0]?.mentions).toEqual(first.mentions);
  expect(kept.paragraphs[1]?.quotes).toEqual(second.quotes);
  expect(kept.entities).toEqual(article.entities);
});

test('a mention naming no entity of the article is dropped, and the paragraph keeps its other mentions', () => {
  const [first, second] = article.paragraphs;
  if (!first?.mentions[0] || !second) throw new Error('the sample article lost its mentions');
  const stray = { ...first.mentions[0], entityId: 'a-doctor' };
  const broken = { ...article, paragraphs: [{ ...first, mentions: [...first.mentions, stray] }, second] };
  const kept = withoutInconsistencies(broken);
  expect(kept.paragraphs[0]?.mentions).toEqual(first.mentions);
  expect(kept.paragraphs[0]?.quotes).toEqual(first.quotes);
});

test("a quote that repeats an earlier quote's id is dropped and the earlier one kept", () => {
  const [first, second] = article.paragraphs;
  if (!first?.quotes[0] || !second?.quotes[0]) throw new Error('the sample article lost its quotes');
  const broken = { ...article, paragraphs: [first, { ...second, quotes: [{ ...second.quotes[0], id: first.quotes[0].id }] }] };
  const kept = withoutInconsistencies(broken);
  expect(kept.paragraphs[0]?.quotes).toEqual(first.quotes);
  expect(kept.paragraphs[1]?.quotes).toEqual([]);
});
