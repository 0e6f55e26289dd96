import type { Page } from '@playwright/test';

type Store = 'articles' | 'summaries' | 'words';

/** What the page does with the library's database, behind the app's back: one function runs each in the page. */
type Step =
  | { kind: 'write'; version: number | undefined; articles: Array<unknown>; summaries: Array<{ key: string; value: unknown }> | undefined }
  | { kind: 'read'; store: Store; key: string }
  | { kind: 'keys'; store: Store }
  | { kind: 'hold'; ms: number };

/**
 * Runs a step in the page against the library's database ('who-said-what'), opened at `version` or as it is, and
 * lets go of it after. A database the app never opened is made with the stores a write fills, as the first two
 * versions made them. A failure rejects with the browser's error.
 */
function inLibrary(page: Page, step: Step): Promise<unknown> {
  return page.evaluate(async (step) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('who-said-what', step.kind === 'write' ? step.version : undefined);
      open.onupgradeneeded = () => {
        if (step.kind !== 'write') return;
        open.result.createObjectStore('articles', { keyPath: 'id' });
        if (step.summaries) open.result.createObjectStore('summaries');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const request = <T>(make: () => IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        const made = make();
        made.onsuccess = () => resolve(made.result);
        made.onerror = () => reject(made.error ?? new Error('request failed'));
      });
    try {
      if (step.kind === 'read') return await request<unknown>(() => db.transaction(step.store).objectStore(step.store).get(step.key));
      if (step.kind === 'keys')
        return { version: db.version, keys: (await request(() => db.transaction(step.store).objectStore(step.store).getAllKeys())).map(String) };
      if (step.kind === 'hold') {
        // A write that keeps its transaction busy until the time is up, as a slow disk or another tab's import would.
        const store = db.transaction('articles', 'readwrite').objectStore('articles');
        const until = Date.now() + step.ms;
        const keepBusy = () => {
          if (Date.now() < until) store.count().onsuccess = keepBusy;
        };
        keepBusy();
        return null;
      }
      const tx = db.transaction(step.summaries ? ['articles', 'summaries'] : 'articles', 'readwrite');
      for (const article of step.articles) tx.objectStore('articles').put(article);
      for (const { key, value } of step.summaries ?? []) tx.objectStore('summaries').put(value, key);
      return await new Promise<null>((resolve, reject) => {
        tx.oncomplete = () => resolve(null);
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
    } finally {
      // Waits for the transactions under way; an upgrade the app asks for next is not kept waiting after them.
      db.close();
    }
  }, step);
}

/**
 * Writes records into the library's database as they are, the way a damaged or older browser profile holds them:
 * into the database as it is, or, before the app ever opened it, into one as `version` made it (1: the articles only;
 * 2: their summaries beside them, each under its article's key).
 */
export async function storeRaw(
  page: Page,
  articles: ReadonlyArray<unknown>,
  older: { version?: number; summaries?: ReadonlyArray<{ key: string; value: unknown }> } = {},
): Promise<void> {
  await inLibrary(page, { kind: 'write', version: older.version, articles: [...articles], summaries: older.summaries && [...older.summaries] });
}

/** The value stored under `key`, as it is (undefined for none). */
export const readRaw = (page: Page, store: Store, key: string): Promise<unknown> => inLibrary(page, { kind: 'read', store, key });

/** The database's version and the keys a store holds, sorted. */
export async function storedKeys(page: Page, store: Store): Promise<{ version: number; keys: Array<string> }> {
  const { version, keys } = (await inLibrary(page, { kind: 'keys', store })) as { version: number; keys: Array<string> };
  return { version, keys: keys.sort() };
}

/** Keeps the library's articles in a write of the page's own for `ms`, so that the app's writes wait behind it. */
export async function holdStorage(page: Page, ms: number): Promise<void> {
  await inLibrary(page, { kind: 'hold', ms });
}
