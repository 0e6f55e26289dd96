import type { Page } from 'playwright-core';
import type { Article } from '../src/core/schema';

/**
 * Puts articles straight into the page's library (IndexedDB, as src/api/library.ts keeps it), a hundred at a
 * time; the page must be at the app's origin.
 */
export async function seedLibrary(page: Page, articles: ReadonlyArray<Article>): Promise<void> {
  for (let i = 0; i < articles.length; i += 100) {
    const records = articles
      .slice(i, i + 100)
      .map((article, j) => ({ id: article.id, addedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i + j)).toISOString(), article }));
    await page.evaluate(
      (batch) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('who-said-what');
          open.onupgradeneeded = () => open.result.createObjectStore('articles', { keyPath: 'id' });
          open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
          open.onsuccess = () => {
            const transaction = open.result.transaction('articles', 'readwrite');
            for (const record of batch) transaction.objectStore('articles').put(record);
            transaction.oncomplete = () => {
              open.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error ?? new Error('the write failed'));
          };
        }),
      records,
    );
  }
}
