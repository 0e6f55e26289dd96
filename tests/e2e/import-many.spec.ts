import { readdirSync, readFileSync, statSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { analyzeText, BRIDGE, fileInput, library, showOpenDialog } from './opening';
import { readRaw } from './libraryStorage';
import { openReader } from './reader';
import { seriousViolations } from './axe';

const REAL = new URL('../fixtures/real/', import.meta.url);

/** An article file's first line: the headline the reader shows, where the file opens on one. */
const headlineOf = (buffer: Buffer) => buffer.toString('utf8').trim().split('\n')[0]?.trim() ?? '';

/**
 * The 20 smallest real articles as files a reader picks from a folder, each with its headline on the first line: a
 * page kept without one (a stored VOA page whose first line is the story's first sentence) is left out, since the
 * reader names such an article differently.
 */
const TWENTY = readdirSync(REAL)
  .filter((name) => name.endsWith('.txt') && !name.endsWith('.source.txt'))
  .filter((name) => !headlineOf(readFileSync(new URL(name, REAL))).endsWith('.'))
  .map((name) => ({ name, size: statSync(new URL(name, REAL)).size }))
  .sort((a, b) => a.size - b.size || a.name.localeCompare(b.name))
  .slice(0, 20)
  .map(({ name }) => ({ name, mimeType: 'text/plain', buffer: readFileSync(new URL(name, REAL)) }));

const progress = (dialog: Locator) => dialog.getByRole('progressbar', { name: 'Articles analysed' });
const summary = (dialog: Locator) => dialog.getByRole('status', { name: 'Import summary' });

async function pick(page: Page, files: Parameters<Locator['setInputFiles']>[0]): Promise<Locator> {
  const dialog = await showOpenDialog(page);
  await fileInput(dialog).setInputFiles(files);
  return dialog;
}

test('twenty articles picked at once are analysed one after another, counted, and all kept in the Library', async ({ page }) => {
  test.setTimeout(90_000);
  await openReader(page);
  const dialog = await pick(page, TWENTY);
  await expect(progress(dialog)).toHaveAttribute('aria-valuetext', /^\d+ of 20$/);
  await expect(progress(dialog)).toHaveAttribute('aria-valuetext', '20 of 20', { timeout: 60_000 });
  await expect(dialog.getByText('Done: 20 of 20')).toBeVisible();
  await expect(summary(dialog)).toContainText('Added 20 articles to the library.');
  await expect(summary(dialog)).not.toContainText('Failed');

  const links = library(page).getByRole('link');
  await expect(links).toHaveCount(21);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  for (const file of TWENTY.slice(0, 3)) await expect(library(page).getByRole('link', { name: headlineOf(file.buffer) })).toBeVisible();
  await page.reload();
  await expect(links).toHaveCount(21);
});

test('a .jsonl file of three articles brings in each row, with its URL, outlet and day', async ({ page }) => {
  await openReader(page);
  const rows = [
    {
      headline: 'Harbour reopens after the storm',
      text: '"Ships are moving again," harbour master Jan Nowak said on Friday.',
      published: '2024-03-05',
      url: 'https://news.example/harbour',
      outlet: 'Baltic Times',
    },
    { headline: 'Library gets a new wing', text: 'The city library opened its new wing, the mayor said.', outlet: 'City Post' },
    { headline: 'Rail line to close for repairs', text: '"We apologise to passengers," a spokeswoman for the operator said.', published: 'March 9, 2024' },
  ];
  const dialog = await pick(page, {
    name: 'three.jsonl',
    mimeType: 'application/jsonl',
    buffer: Buffer.from(rows.map((row) => JSON.stringify(row)).join('\n')),
  });
  await expect(progress(dialog)).toHaveAttribute('aria-valuetext', '3 of 3', { timeout: 15_000 });
  await expect(summary(dialog)).toContainText('Added 3 articles to the library.');
  for (const row of rows) await expect(summary(dialog).getByRole('listitem').filter({ hasText: row.headline })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(library(page).getByRole('link')).toHaveCount(4);

  // The first row's URL and outlet came in with it: its export says so.
  await library(page).getByRole('link', { name: rows[0]?.headline }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(rows[0]?.headline ?? '');
  const stored = (await readRaw(page, 'articles', new URL(page.url()).searchParams.get('article') ?? '')) as { article: unknown };
  expect(stored.article).toMatchObject({ url: 'https://news.example/harbour', publisher: 'Baltic Times', publishedOn: '2024-03-05' });
});

test('an article already in the Library is reported as a duplicate, not added again; a file that fails says why', async ({ page }) => {
  await openReader(page);
  await analyzeText(page, BRIDGE.text);
  const links = library(page).getByRole('link');
  await expect(links).toHaveCount(2);

  const dialog = await pick(page, [
    { name: 'bridge-again.txt', mimeType: 'text/plain', buffer: Buffer.from(BRIDGE.text) },
    TWENTY[0] ?? { name: 'missing.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1]) },
  ]);
  await expect(progress(dialog)).toHaveAttribute('aria-valuetext', '3 of 3', { timeout: 15_000 });
  await expect(summary(dialog)).toContainText('Added 1 article to the library. 1 was already there. 1 failed.');
  await expect(summary(dialog).getByRole('listitem').filter({ hasText: 'bridge-again.txt' })).toContainText(BRIDGE.headline);
  await expect(summary(dialog).getByRole('listitem').filter({ hasText: 'photo.png' })).toContainText(/binary/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(links).toHaveCount(3);
  await expect(library(page).getByRole('link', { name: BRIDGE.headline })).toHaveCount(1);
});

test('Cancel, by keyboard, stops midway and keeps the articles already done', async ({ page }) => {
  test.setTimeout(60_000);
  await openReader(page);
  const dialog = await pick(page, TWENTY);
  await expect(progress(dialog)).toHaveAttribute('aria-valuetext', /^[1-9]\d* of 20$/, { timeout: 15_000 });
  const cancel = dialog.getByRole('button', { name: 'Cancel' });
  await cancel.focus();
  await page.keyboard.press('Enter');

  const stopped = dialog.getByText(/^Stopped after \d+ of 20$/);
  await expect(stopped).toBeVisible();
  const done = Number(/after (\d+)/.exec((await stopped.textContent()) ?? '')?.[1]);
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThan(20);
  await expect(summary(dialog)).toContainText(`Added ${done} article`);
  await expect(summary(dialog)).toContainText('Cancelled: the rest were not analysed.');
  await dialog.getByRole('button', { name: 'Close' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(library(page).getByRole('link')).toHaveCount(done + 1);
  await page.reload();
  await expect(library(page).getByRole('link')).toHaveCount(done + 1);
});

test('several files dropped on the page are brought in together', async ({ page }) => {
  await openReader(page);
  const files = TWENTY.slice(0, 2).map(({ name, buffer }) => ({ name, bytes: [...buffer] }));
  const dataTransfer = await page.evaluateHandle((given) => {
    const transfer = new DataTransfer();
    for (const { name, bytes } of given) transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/plain' }));
    return transfer;
  }, files);
  const article = page.getByRole('article');
  await article.dispatchEvent('dragenter', { dataTransfer });
  await article.dispatchEvent('dragover', { dataTransfer });
  await article.dispatchEvent('drop', { dataTransfer });
  const dialog = page.getByRole('dialog', { name: 'Open article' });
  await expect(progress(dialog)).toHaveAttribute('aria-valuetext', '2 of 2', { timeout: 15_000 });
  await expect(summary(dialog)).toContainText('Added 2 articles to the library.');
  await expect(library(page).getByRole('link')).toHaveCount(3);
});

test('the URL and Outlet fields, the progress and the summary have no serious accessibility violations, light or dark', async ({ page }) => {
  const serious = () => seriousViolations(page);
  await openReader(page);
  const dialog = await showOpenDialog(page);
  await expect(dialog.getByRole('textbox', { name: 'URL' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Outlet' })).toBeVisible();
  expect(await serious()).toEqual([]);
  await fileInput(dialog).setInputFiles([
    ...TWENTY.slice(0, 2),
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1]) },
  ]);
  await expect(summary(dialog)).toContainText('1 failed.', { timeout: 15_000 });
  expect(await serious()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await serious()).toEqual([]);
});
