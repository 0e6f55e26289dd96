import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { catchDownloads } from '../support/catchDownloads';
import { parseCsv } from '../support/parseCsv';
import { renderReader } from '../support/renderReader';
import { serveArticles } from '../support/serveArticles';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function openOverview(search = '?view=overview') {
  serveArticles();
  const rendered = renderReader(search);
  expect(await screen.findByRole('heading', { level: 1, name: 'Library overview' })).toBeVisible();
  await screen.findByRole('region', { name: 'Most quoted' });
  return rendered;
}

/** The number a term of the counts shows. */
const countOf = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

test('the header has a Library overview link to the overview’s own address', () => {
  serveArticles();
  renderReader();
  expect(screen.getByRole('link', { name: 'Library overview' })).toHaveAttribute('href', '?view=overview');
  expect(screen.getByRole('link', { name: 'Library overview' })).not.toHaveAttribute('aria-current');
});

test('in the overview, the header’s Library overview link says it is the page open', async () => {
  await openOverview();
  expect(screen.getByRole('link', { name: 'Library overview' })).toHaveAttribute('aria-current', 'page');
});

test('Back to the article leads from the overview to the article that was open, named by its headline', async () => {
  const { user } = await openOverview();
  const back = screen.getByRole('link', { name: 'Back to the article' });
  expect(back).toHaveAttribute('href', '/');
  await waitFor(() => expect(back).toHaveAccessibleDescription(/Putin calls Kazakhstan's January unrest/));
  await user.click(back);
  expect(await screen.findByRole('heading', { level: 1, name: /Putin calls Kazakhstan's January unrest/ })).toBeVisible();
  expect(screen.queryByRole('heading', { level: 1, name: 'Library overview' })).toBeNull();
  // The address follows once the page is idle (lib/urlState).
  await waitFor(() => expect(window.location.search).toBe(''));
});

test('an article from the library stays named on the way to the overview and back', async () => {
  serveArticles();
  const reader = renderReader('?article=opened-article');
  expect(screen.getByRole('link', { name: 'Library overview' })).toHaveAttribute('href', '?view=overview&article=opened-article');
  reader.unmount();
  await openOverview('?view=overview&article=opened-article');
  expect(screen.getByRole('link', { name: 'Back to the article' })).toHaveAttribute('href', '?article=opened-article');
});

test('the overview counts the library’s articles, quotes and sources, and lists the most quoted with their counts', async () => {
  await openOverview();
  expect(countOf('Articles')).toBe('1');
  expect(countOf('Quotes')).toBe('11');
  expect(countOf('Sources')).toBe('2');
  const mostQuoted = screen.getByRole('region', { name: 'Most quoted' });
  const people = within(mostQuoted).getAllByRole('listitem');
  expect(people[0]).toHaveTextContent(/Vladimir Putin.*6 quotes/);
  expect(people[1]).toHaveTextContent(/Kassym-Jomart Tokayev.*5 quotes/);
});

test('the shares by source type and by gender read as text; a gender the text does not state is unknown', async () => {
  await openOverview();
  const byType = screen.getByRole('region', { name: 'Quotes by source type' });
  // The bundled article: two officials; Tokayev a man ("He said"), Putin's gender not stated.
  expect(within(byType).getByRole('button', { name: /official.*11 quotes, 100%/ })).toBeVisible();
  const byGender = screen.getByRole('region', { name: 'Quotes by gender' });
  expect(within(byGender).getByRole('button', { name: /unknown.*6 quotes/ })).toBeVisible();
  expect(within(byGender).getByRole('button', { name: /man.*5 quotes/ })).toBeVisible();
  expect(within(screen.getByRole('region', { name: 'Quotes by month' })).getByRole('button', { name: /February 2022/ })).toBeVisible();
});

test('choosing a speaker in Most quoted lists their quotes, and keeps the choice in the URL', async () => {
  const { user } = await openOverview();
  const putin = within(screen.getByRole('region', { name: 'Most quoted' })).getByRole('button', { name: /Vladimir Putin/ });
  await user.click(putin);
  expect(putin).toHaveAttribute('aria-pressed', 'true');
  await waitFor(() => expect(within(screen.getByRole('list', { name: 'Quotes found' })).getAllByRole('listitem')).toHaveLength(6));
  await waitFor(() => expect(window.location.search).toContain('show=speaker%3Avladimir-putin'));
});

test('an outlet filter in the URL counts only that outlet’s articles', async () => {
  await openOverview('?view=overview&outlet=Reuters');
  expect(screen.getByRole('combobox', { name: 'Outlet' })).toHaveValue('Reuters');
  expect(countOf('Articles')).toBe('0');
  expect(within(screen.getByRole('region', { name: 'Most quoted' })).getByText('Nobody is quoted in these articles.')).toBeVisible();
});

test('Search quotes finds a quote by its words and its speaker; choosing it opens the article with the quote selected', async () => {
  const { user } = await openOverview();
  const search = screen.getByRole('searchbox', { name: 'Search quotes' });
  await user.type(search, 'tokayev terror');
  const results = await screen.findByRole('list', { name: 'Quotes found' });
  await waitFor(() => expect(within(results).getAllByRole('listitem')).toHaveLength(2));
  const item = within(results).getByRole('link', { name: /^“unprecedented terrorist attack”/ });
  expect(item).toHaveTextContent('Kassym-Jomart Tokayev');
  expect(item).toHaveTextContent("Putin calls Kazakhstan's January unrest");
  await user.click(item);
  const article = await screen.findByRole('article');
  await waitFor(() => expect(within(article).getByRole('button', { name: /^unprecedented terrorist attack/ })).toHaveAttribute('aria-pressed', 'true'));
  await waitFor(() => expect(window.location.search).toMatch(/^\?quote=p\d+-/));
});

test('the overview’s Download quotes as CSV saves a row per quote of the library, once its quotes are read', async () => {
  const saved = catchDownloads();
  const { user } = await openOverview();
  const button = screen.getByRole('button', { name: 'Download quotes as CSV' });
  await waitFor(() => expect(button).toBeEnabled());
  expect(button).toHaveAccessibleDescription('One row per quote of the 1 article in the library.');
  await user.click(button);
  await waitFor(() => expect(saved).toHaveLength(1));
  expect(saved[0]?.name).toBe('library-quotes.csv');
  const [header = [], ...rows] = parseCsv(saved[0]?.text ?? '');
  expect(header).toEqual(expect.arrayContaining(['article', 'published', 'speaker', 'source_type', 'kind', 'quote']));
  expect(rows).toHaveLength(11);
});
