import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/core/engine/analyze';

const TEXT = 'Bridge opens\n\n"It joins the city," Mayor Ana Ruiz said on Monday.';

test('the outlet and URL a reader gives are kept with the article', () => {
  const article = analyzeArticle(TEXT, { url: 'https://news.example/bridge', publisher: 'Example News' });
  expect(article.url).toBe('https://news.example/bridge');
  expect(article.publisher).toBe('Example News');
});

test('without them the article has no URL and no outlet it could not know', () => {
  const article = analyzeArticle(TEXT);
  expect(article.url).toBeUndefined();
  expect(article.publisher).toBeNull();
});
