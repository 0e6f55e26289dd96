import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DamagedRecord, LibraryRecord, RecordReading } from '../core/libraryRecord';
import type { Article } from '../core/schema';
import { ArticleLoadError } from './fetchArticle';

/** An article a reader opened, as the library lists it. */
export interface LibraryEntry {
  id: string;
  headline: string;
  addedAt: string;
  corrected: boolean;
}

/** A stored record that does not read as an article, with its key to delete it by. */
export interface DamagedEntry extends DamagedRecord {
  key: IDBValidKey;
}

/** The library as read: every readable article, and beside them every record that is not, so none hides another. */
export interface LibraryContents {
  entries: Array<LibraryEntry>;
  damaged: Array<DamagedEntry>;
  /** Why storage could not be read at all; the library then holds what this session keeps. */
  unreadable: string | null;
}

interface LibraryDb extends DBSchema {
  // What a browser kept may come from an older version, or be damaged: every read goes through readRecord.
  articles: { key: string; value: unknown };
}

/** Why the browser's storage refused: the reader says so, and the article stays open for the session. */
export class StorageError extends Error {
  constructor(action: string, cause: unknown) {
    super(`Could not ${action} in this browser's storage (${storageReason(cause)}).`);
    this.name = 'StorageError';
  }
}

export function storageReason(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  return cause.name === 'QuotaExceededError' ? 'the browser storage is full' : cause.message || cause.name;
}

let db: Promise<IDBPDatabase<LibraryDb>> | null = null;

export function database(): Promise<IDBPDatabase<LibraryDb>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('this browser has no IndexedDB'));
  db ??= openDB<LibraryDb>('who-said-what', 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore('articles', { keyPath: 'id' });
    },
  }).catch((error: unknown) => {
    db = null;
    throw error;
  });
  return db;
}

/** Articles kept for this session only, because storage refused them. */
const sessionOnly = new Map<string, LibraryRecord>();

function entryOf(record: LibraryRecord): LibraryEntry {
  return { id: record.id, headline: record.article.headline.text, addedAt: record.addedAt, corrected: (record.article.corrections?.length ?? 0) > 0 };
}

/**
 * Every stored record with its key. One read fetches them all; when that fails (a value the browser can no longer
 * read fails the whole request), each is fetched on its own so that one lost value costs only itself.
 */
async function storedRecords(): Promise<Array<{ key: IDBValidKey; value: unknown } | { key: IDBValidKey; failure: unknown }>> {
  const store = await database();
  try {
    const tx = store.transaction('articles');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    return keys.map((key, i) => ({ key, value: values[i] }));
  } catch {
    const keys = await store.getAllKeys('articles');
    return Promise.all(
      keys.map((key) =>
        store.get('articles', key).then(
          (value) => ({ key, value }),
          (failure: unknown) => ({ key, failure }),
        ),
      ),
    );
  }
}

function keyLabel(key: IDBValidKey): string {
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  if (key instanceof Date) return key.toISOString();
  return Array.isArray(key) ? JSON.stringify(key) : 'with a binary key';
}

/**
 * What each record read as, by its text: the library is read again after every save, and validating every article
 * each time would cost a large library a long pause per correction; only records whose text changed are read again.
 */
const readings = new Map<string, { text: string; reading: RecordReading }>();

function cachedReading(label: string, value: unknown, read: (label: string, value: unknown) => RecordReading): RecordReading {
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    return read(label, value);
  }
  const known = readings.get(label);
  if (known?.text === text) return known.reading;
  const reading = read(label, value);
  readings.set(label, { text, reading });
  return reading;
}

/** Reads every record on its own: the readable ones (older versions migrated), and the damaged ones beside them. */
export async function readLibrary(): Promise<LibraryContents & { records: Array<LibraryRecord> }> {
  const { readRecord } = await import('../core/libraryRecord');
  const byId = new Map<string, LibraryRecord>();
  const damaged: Array<DamagedEntry> = [];
  let unreadable: string | null = null;
  try {
    for (const stored of await storedRecords()) {
      const label = keyLabel(stored.key);
      if ('failure' in stored) {
        damaged.push({
          key: stored.key,
          label,
          headline: null,
          problems: [`The browser could not read it (${storageReason(stored.failure)})`],
          raw: undefined,
        });
        continue;
      }
      const reading = cachedReading(label, stored.value, readRecord);
      if (reading.ok) byId.set(reading.record.id, reading.record);
      else damaged.push({ ...reading.damaged, key: stored.key });
    }
  } catch (error) {
    // Without storage the library is what this session holds.
    unreadable = storageReason(error);
  }
  for (const record of sessionOnly.values()) byId.set(record.id, record);
  const records = [...byId.values()].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
  return { records, entries: records.map(entryOf), damaged, unreadable };
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
  const { readRecord } = await import('../core/libraryRecord');
  const reading = readRecord(id, raw);
  if (reading.ok) return reading.record.article;
  throw new ArticleLoadError(
    "This article's copy in the browser's library cannot be read. The Library panel lists it as damaged, with a download of what is stored.",
    reading.damaged.problems,
  );
}

const PERSISTENCE_KEY = 'who-said-what:storage-persistence';

/** What the browser answered when asked to keep the library for good: null until it was asked. */
export function storagePersistence(): 'granted' | 'refused' | null {
  try {
    const answer = localStorage.getItem(PERSISTENCE_KEY);
    return answer === 'granted' || answer === 'refused' ? answer : null;
  } catch {
    return null;
  }
}

/**
 * Asks the browser, once, to keep the library even when space runs low. Some browsers ask the reader, so this
 * happens when the library first keeps an article, never on a page load.
 */
export async function askForPersistence(): Promise<void> {
  if (storagePersistence() !== null || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  try {
    const granted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
    localStorage.setItem(PERSISTENCE_KEY, granted ? 'granted' : 'refused');
  } catch {
    // A browser that cannot say keeps its usual rules; the reader is told nothing it could act on.
  }
}

/**
 * Every article the library keeps, and those kept for this session, each read (and migrated) on its own:
 * a damaged record is left out here, as the Library panel lists it apart.
 */
export async function listArticles(): Promise<Array<Article>> {
  return (await readLibrary()).records.map((record) => record.article);
}

/**
 * Keeps an article in the library. When storage fails, the article is kept for the session and the
 * StorageError is thrown so the reader can say so.
 */
export async function saveArticle(article: Article, addedAt = new Date().toISOString()): Promise<void> {
  const record = { id: article.id, addedAt: sessionOnly.get(article.id)?.addedAt ?? addedAt, article };
  try {
    const store = await database();
    const existing: unknown = await store.get('articles', article.id);
    const kept = existing !== null && typeof existing === 'object' && 'addedAt' in existing && typeof existing.addedAt === 'string' ? existing.addedAt : null;
    await store.put('articles', { ...record, addedAt: kept ?? record.addedAt });
    sessionOnly.delete(article.id);
  } catch (error) {
    sessionOnly.set(article.id, record);
    throw new StorageError('save the article', error);
  }
  await askForPersistence();
}

export async function deleteArticle(id: string): Promise<LibraryRecord | undefined> {
  const session = sessionOnly.get(id);
  sessionOnly.delete(id);
  try {
    const store = await database();
    const raw = await store.get('articles', id);
    await store.delete('articles', id);
    const { readRecord } = await import('../core/libraryRecord');
    const reading = raw === undefined ? null : readRecord(id, raw);
    return reading?.ok ? reading.record : session;
  } catch (error) {
    if (session) return session;
    throw new StorageError('delete the article', error);
  }
}

/** Deletes a damaged record, by the key it is stored under. */
export async function deleteRecord(key: IDBValidKey): Promise<void> {
  try {
    await (await database()).delete('articles', key as string);
  } catch (error) {
    throw new StorageError('delete the record', error);
  }
}
