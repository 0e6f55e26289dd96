import type { IDBPDatabase } from 'idb';
import type { DamagedRecord, LibraryRecord } from '../core/libraryRecord';
import type { Article } from '../core/schema';
import { ArticleLoadError } from './fetchArticle';
import { readStoredRecord } from './readStoredRecord';
import { database, keyLabel, sessionOnly, storageReason, type LibraryDb } from './libraryDatabase';
import { compareCodeUnits } from '../core/textOrder';

/** A stored record that does not read as an article, with its key to delete it by. */
export interface DamagedEntry extends DamagedRecord {
  key: IDBValidKey;
}

type StoredRecord = { key: IDBValidKey; value: unknown } | { key: IDBValidKey; failure: unknown };

/**
 * Every stored record with its key. One read fetches them all; when that fails (a value the browser can no longer
 * read fails the whole request), each is fetched on its own so that one lost value costs only itself.
 */
async function storedRecords(): Promise<Array<StoredRecord>> {
  const store = await database();
  try {
    const tx = store.transaction('articles');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    return keys.map((key, i) => ({ key, value: values[i] }));
  } catch {
    const keys = await store.getAllKeys('articles');
    return Promise.all(keys.map((key) => storedRecord(store, key)));
  }
}

/** One stored record as it is, or why the browser could not read it. */
export function storedRecord(store: IDBPDatabase<LibraryDb>, key: IDBValidKey): Promise<StoredRecord> {
  return store.get('articles', key as string).then(
    (value) => ({ key, value }),
    (failure: unknown) => ({ key, failure }),
  );
}

/** A record the browser could not read at all, as the library lists it among the damaged. */
export const unreadableRecord = (key: IDBValidKey, failure: unknown): DamagedEntry => ({
  key,
  label: keyLabel(key),
  headline: null,
  problems: [`The browser could not read it (${storageReason(failure)})`],
  raw: undefined,
});

/**
 * Every stored article in full, each read (and migrated) on its own, with the damaged records beside them: what a
 * backup holds and a restore compares with. The views of the library read summaries instead (readLibrary).
 */
export async function readRecords(): Promise<{ records: Array<LibraryRecord>; damaged: Array<DamagedEntry>; unreadable: string | null }> {
  const byId = new Map<string, LibraryRecord>();
  const damaged: Array<DamagedEntry> = [];
  let unreadable: string | null = null;
  try {
    for (const stored of await storedRecords()) {
      if ('failure' in stored) {
        damaged.push(unreadableRecord(stored.key, stored.failure));
        continue;
      }
      const reading = await readStoredRecord(keyLabel(stored.key), stored.value);
      if (reading.ok) byId.set(reading.record.id, reading.record);
      else damaged.push({ ...reading.damaged, key: stored.key });
    }
  } catch (error) {
    unreadable = storageReason(error);
  }
  for (const record of sessionOnly.values()) byId.set(record.id, record);
  return { records: [...byId.values()].sort((a, b) => compareCodeUnits(b.addedAt, a.addedAt)), damaged, unreadable };
}

/** Whether the library (or this session) keeps an article of this id; reads no article. */
export async function isKept(id: string): Promise<boolean> {
  if (sessionOnly.has(id)) return true;
  try {
    return (await (await database()).getKey('articles', id)) !== undefined;
  } catch {
    return false;
  }
}

/**
 * A stored article, validated again (and migrated): what a browser kept may come from an older version. A stored
 * record that does not read as an article throws, saying what is wrong, rather than reading as no article at all.
 */
export async function getStoredArticle(id: string): Promise<Article | undefined> {
  const session = sessionOnly.get(id);
  if (session) return session.article;
  let raw: unknown;
  try {
    raw = await (await database()).get('articles', id);
  } catch {
    return undefined;
  }
  if (raw === undefined) return undefined;
  const reading = await readStoredRecord(id, raw);
  if (reading.ok) return reading.record.article;
  throw new ArticleLoadError(
    "This article's copy in the browser's library cannot be read. The Library panel lists it as damaged, with a download of what is stored.",
    reading.damaged.problems,
  );
}
