import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadGold } from './gold';
import { storedKeys, storeRaw } from './libraryStorage';
import { library } from './opening';

const REUTERS = JSON.parse(readFileSync('tests/fixtures/reuters-kremlin-saudi-iran-deal-2023-03-14.json', 'utf8')) as {
  id: string;
  headline: { text: string };
};
/** The bundled article's summary as version 2 of the library stored it: whole, in one object (summary version 1). */
const V1_SUMMARY = JSON.parse(readFileSync('tests/fixtures/library-records/v1-summary-of-gold.json', 'utf8')) as Record<string, unknown>;
/** A headline only the stored summary holds: seen in the overview, it shows the summary was read, not built again. */
const SUMMARISED = 'As the stored summary names it';

/**
 * Makes the library's database as version 2 of the app left it, before the app opens it: the articles, and beside
 * them their summaries whole (or a damaged record's mark), one missing.
 */
async function keptByVersionTwo(page: Page): Promise<void> {
  const gold = loadGold();
  const records = [
    { key: gold.id, article: { id: gold.id, addedAt: '2026-11-29T09:00:00.000Z', article: gold }, summary: { ...V1_SUMMARY, headline: SUMMARISED } },
    { key: REUTERS.id, article: { id: REUTERS.id, addedAt: '2026-11-29T10:00:00.000Z', article: REUTERS }, summary: null },
    {
      key: 'half-written',
      article: { id: 'half-written', addedAt: '2026-11-28T10:00:00.000Z', article: { headline: 'cut' } },
      summary: { version: 1, damaged: true },
    },
  ];
  await page.goto('/favicon.svg');
  await storeRaw(
    page,
    records.map((record) => record.article),
    { version: 2, summaries: records.flatMap(({ key, summary }) => (summary ? [{ key, value: summary }] : [])) },
  );
}

test('a library version 2 kept opens in the overview: its summaries split without reading the articles, a missing one built, a damaged record listed', async ({
  page,
}) => {
  await keptByVersionTwo(page);
  await page.goto('/?view=overview');
  await expect(page.getByRole('heading', { level: 1, name: 'Library overview' })).toBeVisible();
  const countOf = (term: string) => page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  await expect(countOf('Articles')).toHaveText('2');
  await expect(countOf('Quotes')).toHaveText(String(11 + 19));
  await expect(page.getByRole('region', { name: 'Most quoted' }).getByRole('link', { name: SUMMARISED }).first()).toBeVisible();

  // The quotes' words, read after the first view, from the upgraded summary and the one built from its article.
  const search = page.getByRole('searchbox', { name: 'Search quotes' });
  await search.fill('unprecedented terrorist attack');
  await expect(page.getByRole('list', { name: 'Quotes found' }).getByRole('link')).toContainText([SUMMARISED]);
  await search.fill('calls the shots');
  await expect(page.getByRole('list', { name: 'Quotes found' }).getByRole('link').first()).toContainText(REUTERS.headline.text);

  expect(await storedKeys(page, 'words')).toEqual({ version: 3, keys: [loadGold().id, REUTERS.id].sort() });
  await page.goto('/');
  await expect(library(page)).toContainText('1 stored record cannot be read');
});

test('a library version 1 kept, with no summaries, opens in the overview with every article counted and a damaged record listed', async ({ page }) => {
  const gold = loadGold();
  const records = [
    { id: gold.id, addedAt: '2026-11-29T09:00:00.000Z', article: gold },
    { id: REUTERS.id, addedAt: '2026-11-29T10:00:00.000Z', article: REUTERS },
    { id: 'half-written', addedAt: '2026-11-28T10:00:00.000Z', article: { headline: 'cut' } },
  ];
  await page.goto('/favicon.svg');
  await storeRaw(page, records, { version: 1 });
  await page.goto('/?view=overview');
  await expect(page.getByRole('heading', { level: 1, name: 'Library overview' })).toBeVisible();
  const countOf = (term: string) => page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  await expect(countOf('Articles')).toHaveText('2');
  await expect(countOf('Quotes')).toHaveText(String(11 + 19));
  const search = page.getByRole('searchbox', { name: 'Search quotes' });
  await search.fill('calls the shots');
  await expect(page.getByRole('list', { name: 'Quotes found' }).getByRole('link').first()).toContainText(REUTERS.headline.text);
  expect(await storedKeys(page, 'words')).toEqual({ version: 3, keys: [gold.id, REUTERS.id].sort() });
  await page.goto('/');
  await expect(library(page)).toContainText('1 stored record cannot be read');
});
