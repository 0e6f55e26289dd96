import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { renderReader } from '../support/renderReader';
import { serveArticles } from '../support/serveArticles';

afterEach(() => {
  vi.unstubAllGlobals();
});

const readingStatus = () => screen.getAllByRole('status').find((s) => /Quote \d+ of/.test(s.textContent ?? ''));
// In the text: the side panels, once loaded, list quotes as buttons too.
const quote = (words: RegExp) => within(screen.getByRole('article')).getByRole('button', { name: words });

test('j on a quote the reader tabbed to steps to the quote after it, not back to the top of the article', async () => {
  serveArticles();
  const { user } = renderReader();
  const talks = await within(await screen.findByRole('article')).findByRole('button', { name: /The talks also focused on strengthening military/ });
  talks.focus();

  await user.keyboard('j');
  await waitFor(() => expect(readingStatus()).toHaveTextContent('Quote 6 of 11'));
  const next = quote(/the positions of both countries often coincide/);
  expect(next).toHaveAttribute('aria-pressed', 'true');
  expect(next).toHaveFocus();
});

test('k on a focused quote steps to the one before it, even while another quote is chosen', async () => {
  serveArticles();
  const { user } = renderReader();
  await user.click(await screen.findByRole('button', { name: 'Next quote' }));
  await waitFor(() => expect(readingStatus()).toHaveTextContent('Quote 1 of 11'));
  quote(/the positions of both countries often coincide/).focus();

  await user.keyboard('k');
  await waitFor(() => expect(readingStatus()).toHaveTextContent('Quote 5 of 11'));
  expect(quote(/The talks also focused on strengthening military/)).toHaveFocus();
});

test('the Next quote button still steps on from the chosen quote', async () => {
  serveArticles();
  const { user } = renderReader();
  const next = await screen.findByRole('button', { name: 'Next quote' });
  await user.click(next);
  await user.click(next);
  await waitFor(() => expect(readingStatus()).toHaveTextContent('Quote 2 of 11'));
});
