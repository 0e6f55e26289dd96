import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { LibraryRecord } from '../core/libraryRecord';
import { storedSummary, upgradedSummary, type ArticleSummary } from '../core/librarySummary';
import { storeWaiting } from './unsavedArticles';

export interface LibraryDb extends DBSchema {
  // What a browser kept may come from an older version, or be damaged: every read goes through readRecord.
  articles: { key: string; value: unknown };
  // Under the same key as its article: the head of its summary (core/librarySummary), or a mark that it is damaged.
  // The library's list and the overview's counts read these, a small fraction of the articles; any that is missing
  // or of another version is built again from its article when the library is read.
  summaries: { key: string; value: unknown };
  // Under the same key: the words of its summary's quotes, read after the overview's first view (search, the table).
  words: { key: string; value: unknown };
}

/** Version 2 added the summaries; version 3 split their quotes' words out, so that the overview reads a seventh as much first. */
const DB_VERSION = 3;

/** Why the browser's storage refused: the reader says so, and the article stays open for the session. */
export class StorageError extends Error {
  constructor(action: string, cause: unknown) {
    super(`Could not ${action} in this browser's storage (${storageReason(cause)}).`);
    this.name = 'StorageError';
  }
}

/** Why storage failed, in words a reader understands: a full storage says so rather than naming the error. */
export function storageReason(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  return cause.name === 'QuotaExceededError' ? 'the browser storage is full' : cause.message || cause.name;
}

/** Articles kept for this session only, because storage refused them. */
export const sessionOnly = new Map<string, LibraryRecord>();

let db: Promise<IDBPDatabase<LibraryDb>> | null = null;

/**
 * The library's database, opened (and upgraded from an older version) once, and again after another tab closed it.
 * What an earlier page could not finish saving is stored first (api/unsavedArticles).
 */
export function database(): Promise<IDBPDatabase<LibraryDb>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('this browser has no IndexedDB'));
  db ??= openDB<LibraryDb>('who-said-what', DB_VERSION, {
    upgrade(upgrading, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) upgrading.createObjectStore('articles', { keyPath: 'id' });
      if (oldVersion >= 3) return;
      const words = upgrading.createObjectStore('words');
      // Version 1 had no summaries: each is built from its article when the library is first read (librarySummaries),
      // so that opening the database never needs the article validator's code.
      if (oldVersion < 2) {
        upgrading.createObjectStore('summaries');
        return;
      }
      // Version 2's summaries are split where they are, without reading the articles; one that does not convert is
      // dropped, to be built again from its article when the library is read.
      void (async () => {
        for (let cursor = await transaction.objectStore('summaries').openCursor(); cursor; cursor = await cursor.continue()) {
          const parts = upgradedSummary(cursor.value);
          if (!parts) {
            void cursor.delete();
            continue;
          }
          void cursor.update(parts.head);
          if (parts.words) void words.put(parts.words, cursor.key);
        }
      })();
    },
    // Another tab opening a newer version waits for this one to let go.
    blocking() {
      void db?.then((opened) => opened.close());
      db = null;
    },
  })
    .then((opened) => {
      storeWaiting(opened);
      return opened;
    })
    .catch((error: unknown) => {
      db = null;
      throw error;
    });
  return db;
}

/** How a record's key reads in a list of damaged records. */
export function keyLabel(key: IDBValidKey): string {
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  if (key instanceof Date) return key.toISOString();
  return Array.isArray(key) ? JSON.stringify(key) : 'with a binary key';
}

/** Stores an article's summary in its two parts (a damaged record's mark, and no words, for null). */
export function putSummary(
  tx: IDBPTransaction<LibraryDb, Array<'summaries' | 'words'> | Array<'articles' | 'summaries' | 'words'>, 'readwrite'>,
  key: IDBValidKey,
  summary: ArticleSummary | null,
): Promise<unknown> {
  const { head, words } = storedSummary(summary);
  return Promise.all([
    tx.objectStore('summaries').put(head, key as string),
    words ? tx.objectStore('words').put(words, key as string) : tx.objectStore('words').delete(key as string),
  ]);
}

type BothStores = IDBPTransaction<LibraryDb, Array<'articles' | 'summaries' | 'words'>, 'readwrite'>;

/**
 * Writes an article and its summary in one transaction, so that neither is ever stored without the other; any
 * failure undoes both.
 */
export async function writeWithSummary<T>(write: (tx: BothStores) => Promise<T>): Promise<T> {
  const tx = (await database()).transaction(['articles', 'summaries', 'words'], 'readwrite');
  try {
    const [result] = await Promise.all([write(tx), tx.done]);
    return result;
  } catch (error) {
    tx.done.catch(() => {});
    try {
      tx.abort();
    } catch {
      // Already over.
    }
    throw error;
  }
}
