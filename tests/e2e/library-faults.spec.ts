import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { analyzeText, BRIDGE, library } from './opening';
import { storeRaw } from './libraryStorage';
import { openReader } from './reader';
import { violationsOf } from './axe';

/** A record as the first library stored it (speaker corrections without the quote they replaced, version 1). */
const FIRST_LIBRARY = JSON.parse(readFileSync('tests/fixtures/library-records/v1-speaker-corrections-without-previous.json', 'utf8')) as {
  id: string;
  article: { headline: { text: string } };
};
const FIRST_HEADLINE = FIRST_LIBRARY.article.headline.text;

/** Articles of the real corpus, as a backup file holds them. */
const GOLDS = [
  'arcturus-export-curbs-2024-02-27',
  'cgtn-wang-guterres-food-crisis-2022-06-21',
  'climate-protest-harvard-bridge-2025-01-16',
  'guardian-afp-switzerland-floods-2024-07-02',
].map((name) => JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')) as { id: string; headline: { text: string } });

const backupOf = (articles: ReadonlyArray<unknown>) =>
  Buffer.from(
    JSON.stringify({
      format: 'who-said-what/library-backup',
      version: 1,
      exportedAt: '2026-11-29T12:00:00.000Z',
      articles: articles.map((article, i) => ({ addedAt: `2026-11-2${i}T09:00:00.000Z`, article })),
    }),
  );

async function restoreFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await library(page).getByRole('button', { name: 'Restore library' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
}

const DAMAGED = {
  id: 'half-written',
  addedAt: '2026-11-28T10:00:00.000Z',
  article: { format: 'who-said-what/article', version: 2, headline: { text: 'A story cut short' } },
};

test('a damaged record is listed on its own, with what is wrong, its raw JSON and Delete, and hides no other article', async ({ page }) => {
  await openReader(page);
  await analyzeText(page, BRIDGE.text);
  await storeRaw(page, [DAMAGED, { id: 'not-an-article', article: 42 }]);
  await page.reload();
  const nav = library(page);
  await expect(nav.getByRole('link', { name: BRIDGE.headline })).toBeVisible();
  await expect(nav.getByRole('link')).toHaveCount(2);
  await expect(nav.getByRole('heading', { name: '2 stored records cannot be read' })).toBeVisible();
  await expect(nav).toContainText('Damaged: “A story cut short”');
  await expect(nav).toContainText('language: is missing (expected text)');
  await expect(nav).toContainText('Damaged: record not-an-article');
  await expect(nav).toContainText('The file should hold an article object, but holds the number 42');

  const downloading = page.waitForEvent('download');
  await nav.getByRole('button', { name: 'Download raw JSON of damaged “A story cut short”' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('damaged-record-half-written.json');
  expect(JSON.parse(readFileSync(await file.path(), 'utf8'))).toEqual(DAMAGED);

  // By keyboard: Delete, then the confirmation.
  const deleteDamaged = nav.getByRole('button', { name: 'Delete damaged record not-an-article' });
  await deleteDamaged.focus();
  await page.keyboard.press('Enter');
  // The question takes focus on Keep, as the library's own Delete does; Keep hands it back to Delete.
  await expect(nav.getByRole('button', { name: 'Keep', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(deleteDamaged).toBeFocused();
  await page.keyboard.press('Enter');
  await nav.getByRole('button', { name: 'Delete for good' }).press('Enter');
  await expect(nav.getByRole('heading', { name: '1 stored record cannot be read' })).toBeVisible();
  await page.reload();
  await expect(nav.getByRole('heading', { name: '1 stored record cannot be read' })).toBeVisible();
  await expect(nav).not.toContainText('not-an-article');
  await expect(nav.getByRole('link', { name: BRIDGE.headline })).toBeVisible();
});

test('the Library panel with a damaged record listed has no accessibility violations', async ({ page }) => {
  await openReader(page);
  await storeRaw(page, [DAMAGED]);
  await page.reload();
  await expect(library(page).getByRole('heading', { name: '1 stored record cannot be read' })).toBeVisible();
  expect(await violationsOf(page, 'nav[aria-label="Library"]')).toEqual([]);
});

test('a record kept by the first library (an older format) is migrated as it is read, and opens', async ({ page }) => {
  await openReader(page);
  await storeRaw(page, [FIRST_LIBRARY]);
  await page.reload();
  const entry = library(page).getByRole('link', { name: FIRST_HEADLINE });
  await expect(entry).toContainText('Corrected by you');
  await expect(library(page)).not.toContainText('cannot be read');
  await entry.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIRST_HEADLINE);
  // The reader's correction stands: the quote it gave to nobody still has no speaker.
  await expect(page.getByRole('article').getByRole('button', { name: /We have waited five years.*speaker unknown/ })).toBeVisible();
});

test('a library an older version kept (its records, a damaged one among them) opens in full after the upgrade', async ({ page }) => {
  // A file of the app's origin, so that the records are stored before the app opens its database.
  await page.goto('/robots.txt');
  await storeRaw(page, [FIRST_LIBRARY, DAMAGED, { id: GOLDS[1]?.id, addedAt: '2026-11-20T09:00:00.000Z', article: GOLDS[1] }]);
  await openReader(page);
  const nav = library(page);
  await expect(nav.getByRole('link', { name: FIRST_HEADLINE })).toContainText('Corrected by you');
  await expect(nav.getByRole('link', { name: GOLDS[1]?.headline.text })).toBeVisible();
  await expect(nav.getByRole('heading', { name: '1 stored record cannot be read' })).toBeVisible();
  await page.getByRole('link', { name: 'Library overview' }).click();
  // The bundled article, the first library's record and the gold; not the damaged record.
  await expect(page.locator('dt', { hasText: 'Articles' }).locator('xpath=following-sibling::dd[1]')).toHaveText('3');
  await page.getByRole('searchbox', { name: 'Search quotes' }).fill('food');
  await expect(page.getByRole('list', { name: 'Quotes found' }).getByRole('listitem').first()).toContainText(GOLDS[1]?.headline.text ?? '');
});

/** Makes IndexedDB writes fail as a full disk does, after `allowed` of them. */
function fillStorageAfter(page: Page, allowed: number) {
  return page.addInitScript((limit) => {
    let writes = 0;
    for (const name of ['add', 'put'] as const) {
      const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, name)?.value as IDBObjectStore['add'];
      IDBObjectStore.prototype[name] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        writes += 1;
        if (writes > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  }, allowed);
}

test('a full storage in the middle of a restore keeps what was stored, says what was not, and a second restore adds the rest', async ({ page, context }) => {
  // Two articles fit: each is stored with its summary's head and words, three writes.
  await fillStorageAfter(page, 6);
  await openReader(page);
  await restoreFile(page, 'library.json', backupOf(GOLDS));
  const nav = library(page);
  await expect(nav.getByText(/^Restored/)).toContainText(
    'Restored from the backup of 2026-11-29: added 2 articles, skipped 0 already in the library, 2 could not be added.',
  );
  await expect(nav).toContainText(`${GOLDS[2]?.headline.text} — could not be stored (the browser storage is full)`);
  await page.reload();
  for (const gold of GOLDS.slice(0, 2)) await expect(nav.getByRole('link', { name: gold.headline.text })).toBeVisible();
  await expect(nav.getByRole('link')).toHaveCount(3);

  // Room again (a page without the full disk): the same file adds the two that failed and skips the two kept.
  const roomy = await context.newPage();
  await openReader(roomy);
  await restoreFile(roomy, 'library.json', backupOf(GOLDS));
  await expect(library(roomy).getByText(/^Restored/)).toContainText(
    'Restored from the backup of 2026-11-29: added 2 articles, skipped 2 already in the library.',
  );
  await expect(library(roomy).getByRole('link')).toHaveCount(5);
});

test('a reload during a restore keeps what was stored, says the restore stopped, and restoring again finishes it', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('reloaded-during-restore')) return;
    const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'add')?.value as IDBObjectStore['add'];
    let writes = 0;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      writes += 1;
      if (writes <= 2) return original.apply(this, args);
      sessionStorage.setItem('reloaded-during-restore', 'yes');
      location.reload();
      // The third write never answers: the page goes away with the restore half done.
      return new Promise(() => {}) as unknown as IDBRequest<IDBValidKey>;
    };
  });
  await openReader(page);
  const reloaded = page.waitForEvent('framenavigated');
  await restoreFile(page, 'library.json', backupOf(GOLDS));
  await reloaded;
  await page.waitForLoadState();
  expect(await page.evaluate(() => sessionStorage.getItem('reloaded-during-restore'))).toBe('yes');
  const nav = library(page);
  const stopped = nav.getByText(/A restore of library.json stopped before it finished/);
  await expect(stopped).toBeVisible();
  await expect(nav.getByRole('link')).toHaveCount(3);
  await expect(nav).not.toContainText('cannot be read');

  await restoreFile(page, 'library.json', backupOf(GOLDS));
  await expect(nav.getByText(/^Restored/)).toContainText('Restored from the backup of 2026-11-29: added 2 articles, skipped 2 already in the library.');
  await expect(stopped).toBeHidden();
  await expect(nav.getByRole('link')).toHaveCount(5);
});

test('a file that is no backup restores nothing and says why', async ({ page }) => {
  await openReader(page);
  // By keyboard: the button opens the file chooser.
  const chooser = page.waitForEvent('filechooser');
  await library(page).getByRole('button', { name: 'Restore library' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'article.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(GOLDS[0])) });
  await expect(library(page).getByRole('alert')).toHaveText(
    'Nothing was restored. The file is a single article, not a library backup: open it with Open article.',
  );
});

test('a JSON file that is no backup is explained in plain words, with what a backup file is', async ({ page }) => {
  await openReader(page);
  const chooser = page.waitForEvent('filechooser');
  await library(page).getByRole('button', { name: 'Restore library' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"a backup"}') });
  const alert = library(page).getByRole('alert');
  await expect(alert).toHaveText(
    'Nothing was restored. The file is not a library backup: it is some other JSON file. A backup is the file that Back up library saves, named like who-said-what-library-2026-11-30.json: choose one of those.',
  );
  await expect(alert).not.toContainText('format');
});

test('a backup downloaded in one browser restores every article and its corrections in a fresh one', async ({ page, browser }) => {
  await openReader(page);
  await analyzeText(page, BRIDGE.text);
  await storeRaw(page, [FIRST_LIBRARY]);
  await page.reload();
  const nav = library(page);
  await expect(nav.getByRole('link')).toHaveCount(3);
  const downloading = page.waitForEvent('download');
  await nav.getByRole('button', { name: 'Back up library' }).focus();
  await page.keyboard.press('Enter');
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^who-said-what-library-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(nav.getByText(/^Backed up/)).toContainText('Backed up 2 articles to who-said-what-library-');
  const path = await file.path();
  const backup = JSON.parse(readFileSync(path, 'utf8')) as {
    format: string;
    version: number;
    exportedAt: string;
    articles: Array<{ article: { corrections?: unknown[] } }>;
  };
  expect(backup).toMatchObject({ format: 'who-said-what/library-backup', version: 1 });
  expect(Date.parse(backup.exportedAt)).not.toBeNaN();
  expect(backup.articles.map((a) => a.article.corrections?.length ?? 0).sort()).toEqual([0, 2]);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openReader(other);
  await expect(library(other).getByRole('link')).toHaveCount(1);
  const chooser = other.waitForEvent('filechooser');
  await library(other).getByRole('button', { name: 'Restore library' }).click();
  await (await chooser).setFiles(path);
  await expect(library(other).getByText(/^Restored/)).toContainText('added 2 articles, skipped 0 already in the library.');
  await other.reload();
  await expect(library(other).getByRole('link')).toHaveCount(3);
  await library(other).getByRole('link', { name: FIRST_HEADLINE }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(FIRST_HEADLINE);
  await expect(library(other).getByRole('link', { name: FIRST_HEADLINE })).toContainText('Corrected by you');
  await fresh.close();
});

test('the library asks the browser to keep it when it first keeps an article, and says so when the browser refuses', async ({ page, context }) => {
  const stubPersistence = (target: Page, granted: boolean) =>
    target.addInitScript((answer) => {
      (window as unknown as { persistAsked: number }).persistAsked = 0;
      navigator.storage.persisted = () => Promise.resolve(false);
      navigator.storage.persist = () => {
        (window as unknown as { persistAsked: number }).persistAsked += 1;
        return Promise.resolve(answer);
      };
    }, granted);
  await stubPersistence(page, false);
  await openReader(page);
  const refused = 'This browser did not agree to keep the library for good';
  await expect(library(page)).not.toContainText(refused);
  await analyzeText(page, BRIDGE.text);
  await expect(library(page)).toContainText(refused);
  expect(await page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked)).toBe(1);

  const granted = await context.browser()!.newContext();
  const quiet = await granted.newPage();
  await stubPersistence(quiet, true);
  await openReader(quiet);
  await analyzeText(quiet, BRIDGE.text);
  await expect(library(quiet).getByRole('link', { name: BRIDGE.headline })).toBeVisible();
  await expect.poll(() => quiet.evaluate(() => localStorage.getItem('who-said-what:storage-persistence'))).toBe('granted');
  await expect(library(quiet)).not.toContainText(refused);
  await granted.close();
});

test("a link to a damaged record's article says its stored copy cannot be read, and what is wrong", async ({ page }) => {
  await openReader(page);
  await storeRaw(page, [DAMAGED]);
  await page.goto('/?article=half-written');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText("This article's copy in the browser's library cannot be read.");
  await expect(alert).toContainText('language: is missing (expected text)');
  await alert.getByRole('button', { name: 'Open the bundled article' }).click();
  await expect(library(page).getByRole('heading', { name: '1 stored record cannot be read' })).toBeVisible();
});

test('a record the browser can no longer read costs only itself: the others are read one by one', async ({ page }) => {
  await openReader(page);
  await analyzeText(page, BRIDGE.text);
  await storeRaw(page, [FIRST_LIBRARY]);
  await page.addInitScript((lostKey) => {
    // As when a large value's file is gone from disk: reading them all fails, and so does reading that one.
    IDBObjectStore.prototype.getAll = () => {
      throw new DOMException('Failed to read large IndexedDB value', 'UnknownError');
    };
    const get = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'get')?.value as IDBObjectStore['get'];
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
      if (query === lostKey) throw new DOMException('Failed to read large IndexedDB value', 'UnknownError');
      return get.call(this, query);
    };
  }, FIRST_LIBRARY.id);
  await page.reload();
  const nav = library(page);
  await expect(nav.getByRole('link', { name: BRIDGE.headline })).toBeVisible();
  await expect(nav.getByRole('heading', { name: '1 stored record cannot be read' })).toBeVisible();
  await expect(nav).toContainText(`Damaged: record ${FIRST_LIBRARY.id}`);
  await expect(nav).toContainText('The browser could not read it (Failed to read large IndexedDB value)');
  await expect(nav.getByRole('button', { name: /Download raw JSON/ }), 'what could not be read has nothing to download').toHaveCount(0);
  await expect(nav.getByRole('button', { name: `Delete damaged record ${FIRST_LIBRARY.id}` })).toBeVisible();
});
