import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { quotesInOrder } from '../../src/core/article';
import { quoteLinks } from '../../src/core/quoteLinks';
import { renderReader } from '../support/renderReader';
import { GOLD_ID, goldArticle, serveArticles } from '../support/serveArticles';

afterEach(() => {
  vi.unstubAllGlobals();
});

const attribution = () => screen.getByRole('dialog', { name: 'Quote attribution' });
const readingStatus = () => screen.getAllByRole('status').find((s) => /Quote \d+ of|quotes?\b|No quote/.test(s.textContent ?? ''));
const quoteParam = () => new URLSearchParams(window.location.search).get('quote');

test('Next quote opens the first quote in reading order; j steps on and takes focus to the quote', async () => {
  serveArticles();
  const { user } = renderReader();
  await user.click(await screen.findByRole('button', { name: 'Next quote' }));
  await waitFor(() => expect(readingStatus()).toHaveTextContent('Quote 1 of 11'));
  // The attribution's code comes in just after the first paint.
  expect(await screen.findByRole('dialog', { name: 'Quote attribution' })).toHaveTextContent('act of terrorist aggression');
  const headlineQuote = within(screen.getByRole('heading', { level: 1 })).getByRole('button', { name: /act of terrorist aggression/ });
  expect(headlineQuote).toHaveAttribute('aria-pressed', 'true');
  expect(screen.getByRole('button', { name: 'Next quote' })).toHaveFocus();

  await user.keyboard('j');
  await waitFor(() => expect(readingStatus()).toHaveTextContent('Quote 2 of 11'));
  const second = within(screen.getByRole('article')).getByRole('button', { name: /an act of terrorist aggression committed/ });
  expect(second).toHaveAttribute('aria-pressed', 'true');
  expect(second).toHaveFocus();
  // The attribution follows once the frame that marks the quote pressed is painted.
  await waitFor(() => expect(attribution()).toHaveTextContent('destructive internal and external forces'));
  await waitFor(() => expect(quoteParam()).toBe(quoteLinks(goldArticle()).keyOf('q2')));

  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog', { name: 'Quote attribution' })).toBeNull();
  expect(second).toHaveFocus();
});

test('after j, Tab goes from the quote into its open attribution and through its controls, Shift+Tab back to the quote', async () => {
  serveArticles();
  const { user } = renderReader();
  await screen.findByRole('button', { name: 'Next quote' });
  await user.keyboard('jj');
  const second = within(screen.getByRole('article')).getByRole('button', { name: /an act of terrorist aggression committed/ });
  await waitFor(() => expect(attribution()).toHaveTextContent('destructive internal and external forces'));
  expect(second).toHaveFocus();

  await user.tab();
  expect(within(attribution()).getByRole('heading', { name: 'Quote attribution' })).toHaveFocus();
  await user.tab();
  expect(within(attribution()).getByRole('button', { name: 'Close' })).toHaveFocus();
  await user.tab();
  expect(within(attribution()).getByRole('button', { name: 'Only this person' })).toHaveFocus();
  await user.tab({ shift: true });
  await user.tab({ shift: true });
  expect(second, 'Shift+Tab before the first control goes back to the quote').toHaveFocus();
  expect(attribution()).toBeInTheDocument();
});

test('under a filter, stepping goes through the chosen person’s quotes only and says whose they are', async () => {
  serveArticles();
  const { user } = renderReader('?person=kassym-jomart-tokayev');
  await user.click(await screen.findByRole('button', { name: 'Next quote' }));
  await user.click(screen.getByRole('button', { name: 'Next quote' }));
  await waitFor(() => expect(readingStatus()).toHaveTextContent('Quote 2 of 5 by Kassym-Jomart Tokayev'));
  // The status can say so before the attribution has rendered, as the tests above allow for.
  await waitFor(() => expect(attribution()).toHaveTextContent('unprecedented terrorist attack'));
});

test('while filtered, a status above the text and outside the side panel says whose quotes are shown, and its Show everyone clears the filter', async () => {
  serveArticles();
  const { user } = renderReader('?person=kassym-jomart-tokayev');
  const article = await screen.findByRole('article');
  const bar = screen.getAllByRole('status').find((s) => s.textContent?.includes('Showing'));
  if (!bar) throw new Error('no status says whose quotes are shown');
  expect(bar).toHaveTextContent('Showing 5 quotes by Kassym-Jomart Tokayev');
  expect(screen.getByRole('complementary', { name: 'About this article' })).not.toContainElement(bar);
  expect(bar.compareDocumentPosition(article) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

  await user.click(within(bar).getByRole('button', { name: 'Show everyone' }));
  await waitFor(() => expect(window.location.search).toBe(''));
  // The text follows the filter once the frame that answers the click is painted.
  expect(await within(article).findByRole('button', { name: /act of terrorist aggression committed/ })).toBeVisible();
  expect(screen.queryByText(/Showing \d+ quotes? by/)).toBeNull();
});

test('a link names a quote by its paragraph and words, so it finds the quote after a re-analysis renumbers the ids', async () => {
  const key = quoteLinks(goldArticle()).keyOf('q10');
  const reanalysed = goldArticle();
  for (const { quote } of quotesInOrder(reanalysed)) quote.id = `q${Number(quote.id.slice(1)) + 40}`;
  serveArticles({ [GOLD_ID]: () => Response.json(reanalysed) });
  renderReader(`?quote=${key}`);
  const dialog = await screen.findByRole('dialog', { name: 'Quote attribution' });
  expect(dialog).toHaveTextContent('both countries are ready to deepen');
  expect(within(screen.getByRole('article')).getByRole('button', { name: /both countries are ready to deepen/ })).toHaveAttribute('aria-pressed', 'true');
  expect(quoteParam()).toBe(key);
});

test('an old link by quote id still opens the quote, and the URL then names it by its key', async () => {
  serveArticles();
  const before = window.history.length;
  renderReader('?quote=q10');
  expect(await screen.findByRole('dialog', { name: 'Quote attribution' })).toHaveTextContent('both countries are ready to deepen');
  await waitFor(() => expect(quoteParam()).toBe(quoteLinks(goldArticle()).keyOf('q10')));
  expect(window.history.length).toBe(before);
});

test('a link to a quote that is no longer in the article says so, keeps the article open and drops the quote from the URL', async () => {
  serveArticles();
  const before = window.history.length;
  renderReader('?person=vladimir-putin&quote=p8-gone');
  expect(await screen.findByText(/The linked quote is no longer in this article\./)).toBeVisible();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/act of terrorist aggression/);
  expect(screen.queryByRole('dialog', { name: 'Quote attribution' })).toBeNull();
  await waitFor(() => expect(window.location.search).toBe('?person=vladimir-putin'));
  expect(window.history.length).toBe(before);
  expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('The linked quote is no longer in this article.'))).toBe(true);
});

test('people who say nothing are not filter choices, but stay in the Entities panel', async () => {
  const article = goldArticle();
  article.entities.push({ id: 'sergei-lavrov', type: 'person', name: 'Sergei Lavrov', role: 'Foreign Minister of Russia', aliases: [] });
  serveArticles({ [GOLD_ID]: () => Response.json(article) });
  renderReader();
  const filter = await screen.findByRole('group', { name: 'Filter by person' });
  expect(within(filter).getAllByRole('checkbox')).toHaveLength(2);
  expect(within(filter).queryByRole('checkbox', { name: 'Sergei Lavrov' })).toBeNull();
  expect(within(await screen.findByRole('region', { name: 'Entities' })).getByText('Sergei Lavrov')).toBeVisible();
});
