import { readFileSync } from 'node:fs';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { summaryOf } from '../../../src/core/librarySummary';
import type { Article } from '../../../src/core/schema';
import { DownloadLibraryCsv } from '../../../src/features/overview/DownloadLibraryCsv';
import { catchDownloads } from '../../support/catchDownloads';
import { parseCsv } from '../../support/parseCsv';
import { goldArticle } from '../../support/serveArticles';

const fixture = (name: string): Article => JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')) as Article;
const gold = goldArticle();
const reuters = fixture('reuters-kremlin-saudi-iran-deal-2023-03-14');
const wangGuterres = fixture('cgtn-wang-guterres-food-crisis-2022-06-21');
const summaries = [gold, reuters, wangGuterres].map((article) => summaryOf(article, '2026-11-01T00:00:00.000Z'));
const quoteCount = (article: Article) => summaryOf(article, '').quotes.length;
const NO_FILTER = { outlet: null, from: null, to: null };

afterEach(() => {
  vi.restoreAllMocks();
});

/** The saved file's rows as named cells. */
function rowsOf(text: string) {
  const [header = [], ...rows] = parseCsv(text);
  return { header, rows: rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i] ?? '']))) };
}

test('Download quotes as CSV saves every quote of the library, newest article first, with the article’s columns', async () => {
  const saved = catchDownloads();
  render(<DownloadLibraryCsv summaries={summaries} filter={NO_FILTER} articles={3} />);
  expect(screen.getByRole('button', { name: 'Download quotes as CSV' })).toHaveAccessibleDescription('One row per quote of the 3 articles in the library.');
  await userEvent.click(screen.getByRole('button', { name: 'Download quotes as CSV' }));
  await waitFor(() => expect(saved).toHaveLength(1));
  expect(saved[0]?.name).toBe('library-quotes.csv');
  expect(saved[0]?.type).toBe('text/csv;charset=utf-8');
  expect(saved[0]?.text.startsWith('\uFEFF')).toBe(true);
  const { header, rows } = rowsOf(saved[0]?.text ?? '');
  expect(header).toEqual(expect.arrayContaining(['article', 'published', 'speaker', 'source_type', 'kind', 'quote']));
  expect(rows).toHaveLength(quoteCount(gold) + quoteCount(reuters) + quoteCount(wangGuterres));
  expect([...new Set(rows.map((row) => row.published))]).toEqual(['2023-03-14', '2022-06-21', '2022-02-10']);
  expect(rows.find((row) => row.quote === 'act of terrorist aggression')).toMatchObject({ speaker: 'Vladimir Putin', outlet: 'CGTN', kind: 'direct' });
});

test('under an outlet and date filter the CSV holds only the quotes of the articles it leaves, and its name says so', async () => {
  const saved = catchDownloads();
  const user = userEvent.setup();
  render(<DownloadLibraryCsv summaries={summaries} filter={{ outlet: 'CGTN', from: '2022-03-01', to: null }} articles={1} />);
  const button = screen.getByRole('button', { name: 'Download quotes as CSV' });
  expect(button).toHaveAccessibleDescription('One row per quote of the 1 article the filter leaves.');
  // From the keyboard.
  await user.tab();
  expect(button).toHaveFocus();
  await user.keyboard('{Enter}');
  await waitFor(() => expect(saved).toHaveLength(1));
  expect(saved[0]?.name).toBe('library-quotes-cgtn-from-2022-03-01.csv');
  const { rows } = rowsOf(saved[0]?.text ?? '');
  expect(rows).toHaveLength(quoteCount(wangGuterres));
  expect(rows.every((row) => row.article_id === wangGuterres.id)).toBe(true);
});

test('while the library’s quotes are read the button waits, and says why', () => {
  render(<DownloadLibraryCsv summaries={undefined} filter={NO_FILTER} articles={3} />);
  const button = screen.getByRole('button', { name: 'Download quotes as CSV' });
  expect(button).toBeDisabled();
  expect(button).toHaveAccessibleDescription('Reading the quotes…');
});
