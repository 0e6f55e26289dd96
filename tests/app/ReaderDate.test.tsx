import { screen, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { renderReader } from '../support/renderReader';
import { GOLD_ID, goldArticle, serveArticles } from '../support/serveArticles';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

test('a date found in the text, with none given, is said to be so rather than shown as the publication date', async () => {
  serveArticles({ [GOLD_ID]: () => Response.json({ ...goldArticle(), byline: null, publishedOn: '2000-01-01', publishedOnFrom: 'text' }) });
  renderReader();
  const article = await screen.findByRole('article');
  const date = await within(article).findByText('1 January 2000');
  expect(date.tagName).toBe('TIME');
  expect(date.parentElement).toHaveTextContent('1 January 2000 (date found in the text)');
});

test('a publication date that was given is shown as it is', async () => {
  serveArticles();
  renderReader();
  const article = await screen.findByRole('article');
  const date = await within(article).findByText('10 February 2022');
  expect(date.parentElement).not.toHaveTextContent('found in the text');
});
