import { readFileSync } from 'node:fs';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { ExportPanel } from '../../../src/features/export/ExportPanel';
import { goldArticle } from '../../support/serveArticles';
import { catchDownloads } from '../../support/catchDownloads';
import { parseCsv } from '../../support/parseCsv';

afterEach(() => {
  vi.restoreAllMocks();
});

test('Download quotes as CSV saves the article id as a .csv with a header and a row per quote', async () => {
  const saved = catchDownloads();
  render(<ExportPanel article={goldArticle()} />);
  await userEvent.click(screen.getByRole('button', { name: 'Download quotes as CSV' }));
  await waitFor(() => expect(saved).toHaveLength(1));
  const [file] = saved;
  expect(file?.name).toBe('cgtn-putin-tokayev-2022-02-10.csv');
  expect(file?.type).toBe('text/csv;charset=utf-8');
  expect(file?.text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(file?.text ?? '');
  expect(header).toEqual(expect.arrayContaining(['article', 'published', 'speaker', 'source_type', 'kind', 'quote']));
  expect(rows).toHaveLength(11);
  expect(rows[0]).toContain('act of terrorist aggression');
});

test('the Web Annotations name this app and its version from package.json as their generator', async () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const saved = catchDownloads();
  render(<ExportPanel article={goldArticle()} />);
  await userEvent.click(screen.getByRole('button', { name: 'Download quotes as Web Annotations' }));
  await waitFor(() => expect(saved).toHaveLength(1));
  const collection = JSON.parse(saved[0]?.text ?? '') as { first: { items: Array<{ generator: { name: string } }> } };
  expect(collection.first.items[0]?.generator.name).toBe(`Who said what ${version}`);
});
