import type { LibraryRecord } from '../core/libraryRecord';
import { summaryOf } from '../core/librarySummary';
import type { Article } from '../core/schema';
import { putSummary, sessionOnly, StorageError, writeWithSummary } from './libraryDatabase';
import { askForPersistence } from './libraryPersistence';
import { readStoredRecord } from './readStoredRecord';
import { keptAddedAt, saveEnded, saveStarted } from './unsavedArticles';

/** When each article deleted in this page was first kept: Undo keeps it again in the place it had. */
const deletedAddedAt = new Map<string, string>();

/**
 * Keeps an article in the library. When storage fails, the article is kept for the session and the
 * StorageError is thrown so the reader can say so. A page that hides before the write ends leaves the article
 * for the next page to store (api/unsavedArticles).
 */
export async function saveArticle(article: Article, addedAt = new Date().toISOString()): Promise<void> {
  const record = { id: article.id, addedAt: sessionOnly.get(article.id)?.addedAt ?? deletedAddedAt.get(article.id) ?? addedAt, article };
  saveStarted(record);
  try {
    await writeWithSummary(async (tx) => {
      const addedAt = keptAddedAt(await tx.objectStore('articles').get(article.id)) ?? record.addedAt;
      await Promise.all([tx.objectStore('articles').put({ ...record, addedAt }), putSummary(tx, article.id, summaryOf(article, addedAt))]);
    });
    sessionOnly.delete(article.id);
    deletedAddedAt.delete(article.id);
  } catch (error) {
    sessionOnly.set(article.id, record);
    throw new StorageError('save the article', error);
  } finally {
    saveEnded(record);
  }
  await askForPersistence();
}

/** Deletes an article, its summary with it, and gives back what was kept so that Undo can keep it again. */
export async function deleteArticle(id: string): Promise<LibraryRecord | undefined> {
  const session = sessionOnly.get(id);
  sessionOnly.delete(id);
  try {
    const raw = await writeWithSummary(async (tx) => {
      const stored: unknown = await tx.objectStore('articles').get(id);
      await Promise.all([tx.objectStore('articles').delete(id), tx.objectStore('summaries').delete(id), tx.objectStore('words').delete(id)]);
      return stored;
    });
    const reading = raw === undefined ? null : await readStoredRecord(id, raw);
    const record = reading?.ok ? reading.record : session;
    if (record) deletedAddedAt.set(id, record.addedAt);
    return record;
  } catch (error) {
    if (session) return session;
    throw new StorageError('delete the article', error);
  }
}

/** Deletes a damaged record, by the key it is stored under. */
export async function deleteRecord(key: IDBValidKey): Promise<void> {
  try {
    await writeWithSummary((tx) =>
      Promise.all([
        tx.objectStore('articles').delete(key as string),
        tx.objectStore('summaries').delete(key as string),
        tx.objectStore('words').delete(key as string),
      ]),
    );
  } catch (error) {
    throw new StorageError('delete the record', error);
  }
}
