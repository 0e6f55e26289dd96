import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../support/parseCsv';
import { loadGold } from './gold';
import { showCorrections } from './opening';
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
