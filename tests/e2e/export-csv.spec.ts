import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../support/parseCsv';
import { loadGold } from './gold';
import { analyzeText, BRIDGE, showCorrections } from './opening';
import { attribution, openReader } from './reader';

const csvButton = (page: Page) => page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Download quotes as CSV' });

/** The saved file's name and its rows, each as named cells, read with an RFC 4180 reader. */
async function savedCsv(page: Page, start: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  const bytes = await readFile(await file.path());
  const [header = [], ...rows] = parseCsv(bytes.toString('utf8'));
  return {
    name: file.suggestedFilename(),
    bytes,
    header,
    rows: rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i] ?? '']))),
  };
}

test('Download quotes as CSV saves the article id as a .csv whose header names the columns and whose rows are its quotes', async ({ page }) => {
  const gold = loadGold();
  await openReader(page);
  const csv = await savedCsv(page, () => csvButton(page).click());
  expect(csv.name).toBe(`${gold.id}.csv`);
  expect([...csv.bytes.subarray(0, 3)], 'a UTF-8 byte-order mark first').toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.header).toEqual(expect.arrayContaining(['article', 'published', 'speaker', 'source_type', 'kind', 'quote']));
  expect(csv.rows).toHaveLength(11);
  expect(csv.rows.find((row) => row.quote === 'act of terrorist aggression')).toMatchObject({
    article: gold.headline.text,
    article_id: gold.id,
    published: '2022-02-10',
    speaker: 'Vladimir Putin',
    kind: 'direct',
    corrected: 'no',
  });
});

test('a speaker corrected by the reader is in the CSV, downloaded from the keyboard', async ({ page }) => {
  await openReader(page);
  await page.getByRole('article').getByRole('button', { name: 'unprecedented terrorist attack' }).click();
  await showCorrections(attribution(page));
  await attribution(page).getByRole('combobox', { name: 'Change speaker' }).selectOption({ label: 'Vladimir Putin' });
  await expect(attribution(page)).toContainText('Corrected by you');
  await page.keyboard.press('Escape');

  await csvButton(page).focus();
  await expect(csvButton(page)).toBeFocused();
  const csv = await savedCsv(page, () => page.keyboard.press('Enter'));
  expect(csv.rows.find((row) => row.quote === 'unprecedented terrorist attack')).toMatchObject({ speaker: 'Vladimir Putin', corrected: 'yes', kind: 'direct' });
});

test('the Library overview downloads every quote of the library as CSV, or those of the articles its filter leaves', async ({ page }) => {
  const gold = loadGold();
  await openReader(page);
  await analyzeText(page, BRIDGE.text, '2024-05-06');
  await page.getByRole('link', { name: 'Library overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library overview' })).toBeVisible();
  const button = page.getByRole('button', { name: 'Download quotes as CSV' });

  const all = await savedCsv(page, () => button.click());
  expect(all.name).toBe('library-quotes.csv');
  expect([...all.bytes.subarray(0, 3)], 'a UTF-8 byte-order mark first').toEqual([0xef, 0xbb, 0xbf]);
  expect(all.header).toEqual(expect.arrayContaining(['article', 'published', 'speaker', 'source_type', 'kind', 'quote']));
  // The bundled article's 11 quotes and the bridge's one, the newest article first.
  expect(all.rows).toHaveLength(12);
  expect(all.rows[0]).toMatchObject({ article: BRIDGE.headline, published: '2024-05-06', speaker: 'Ana Ruiz', kind: 'direct' });
  expect(all.rows[0]?.quote).toMatch(/^This bridge joins the two halves of our city/);
  expect(all.rows.filter((row) => row.article_id === gold.id)).toHaveLength(11);

  await page.getByLabel('Published from').fill('2024-01-01');
  await expect(page).toHaveURL(/from=2024-01-01/);
  await button.focus();
  const filtered = await savedCsv(page, () => page.keyboard.press('Enter'));
  expect(filtered.name).toBe('library-quotes-from-2024-01-01.csv');
  expect(filtered.rows.map((row) => row.speaker)).toEqual(['Ana Ruiz']);
});
