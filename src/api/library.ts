import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
// Every read of the library validates what it reads: the code that does so comes with this module.
import { readRecord, type DamagedRecord, type LibraryRecord } from '../core/libraryRecord';
import {
  headOf,
  joinedSummary,
  readStoredHead,
  storedSummary,
  summaryOf,
  upgradedSummary,
  type ArticleSummary,
  type SummaryHead,
} from '../core/librarySummary';
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
  /** What the overview counts of each readable article (its summary without the quotes' words), in the same order as entries. */
  heads: Array<SummaryHead>;
  damaged: Array<DamagedEntry>;
  /** Why storage could not be read at all; the library then holds what this session keeps. */
  unreadable: string | null;
}

interface LibraryDb extends DBSchema {
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

export function storageReason(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  return cause.name === 'QuotaExceededError' ? 'the browser storage is full' : cause.message || cause.name;
}

let db: Promise<IDBPDatabase<LibraryDb>> | null = null;

export function database(): Promise<IDBPDatabase<LibraryDb>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('this browser has no IndexedDB'));
  db ??= openDB<LibraryDb>('who-said-what', DB_VERSION, {
    upgrade(upgrading, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) upgrading.createObjectStore('articles', { keyPath: 'id' });
      if (oldVersion >= 3) return;
      const words = upgrading.createObjectStore('words');
      // Within the upgrade's transaction, which waits for these requests: the database opens with every summary.
      if (oldVersion < 2) {
        const summaries = upgrading.createObjectStore('summaries');
        void (async () => {
          for (let cursor = await transaction.objectStore('articles').openCursor(); cursor; cursor = await cursor.continue()) {
            const { head, words: quotes } = summarise(cursor.key, cursor.value);
            void summaries.put(head, cursor.key);
            if (quotes) void words.put(quotes, cursor.key);
          }
        })();
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
  }).catch((error: unknown) => {
    db = null;
    throw error;
  });
  return db;
}

function summarise(key: IDBValidKey, value: unknown): ReturnType<typeof storedSummary> {
  const reading = readRecord(keyLabel(key), value);
  return storedSummary(reading.ok ? summaryOf(reading.record.article, reading.record.addedAt) : null);
}

/** Articles kept for this session only, because storage refused them. */
const sessionOnly = new Map<string, LibraryRecord>();

function entryOf(summary: SummaryHead): LibraryEntry {
  return { id: summary.id, headline: summary.headline, addedAt: summary.addedAt, corrected: summary.corrected };
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
    return Promise.all(keys.map((key) => storedRecord(store, key)));
  }
}

function storedRecord(
  store: IDBPDatabase<LibraryDb>,
  key: IDBValidKey,
): Promise<{ key: IDBValidKey; value: unknown } | { key: IDBValidKey; failure: unknown }> {
  return store.get('articles', key as string).then(
    (value) => ({ key, value }),
    (failure: unknown) => ({ key, failure }),
  );
}

function keyLabel(key: IDBValidKey): string {
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  if (key instanceof Date) return key.toISOString();
  return Array.isArray(key) ? JSON.stringify(key) : 'with a binary key';
}

const unreadableRecord = (key: IDBValidKey, failure: unknown): DamagedEntry => ({
  key,
  label: keyLabel(key),
  headline: null,
  problems: [`The browser could not read it (${storageReason(failure)})`],
  raw: undefined,
});

/**
 * Every stored head by the key of its article, read beside the articles' keys in one transaction; none when they
 * cannot be read, so that all are built again.
 */
async function storedHeads(store: IDBPDatabase<LibraryDb>): Promise<{ articleKeys: Array<IDBValidKey>; values: Map<IDBValidKey, unknown> }> {
  const tx = store.transaction(['articles', 'summaries']);
  const articleKeys = await tx.objectStore('articles').getAllKeys();
  try {
    const [keys, values] = await Promise.all([tx.objectStore('summaries').getAllKeys(), tx.objectStore('summaries').getAll()]);
    // Keys of either store come in the same order, so one walk pairs each article with its value.
    const byKey = new Map<IDBValidKey, unknown>();
    let s = 0;
    for (const key of articleKeys) {
      while (s < keys.length && indexedDB.cmp(keys[s], key) < 0) s++;
      if (s < keys.length && indexedDB.cmp(keys[s], key) === 0) byKey.set(key, values[s]);
    }
    return { articleKeys, values: byKey };
  } catch {
    return { articleKeys, values: new Map() };
  }
}

/** A stored article's summary built again from the article (and kept for next time), or why it cannot be. */
async function rebuilt(
  store: IDBPDatabase<LibraryDb>,
  key: IDBValidKey,
  built: Array<{ key: IDBValidKey; summary: ArticleSummary | null }>,
): Promise<ArticleSummary | DamagedEntry> {
  const stored = await storedRecord(store, key);
  if ('failure' in stored) return unreadableRecord(key, stored.failure);
  const reading = readRecord(keyLabel(key), stored.value);
  if (!reading.ok) {
    built.push({ key, summary: null });
    return { ...reading.damaged, key };
  }
  const summary = summaryOf(reading.record.article, reading.record.addedAt);
  built.push({ key, summary });
  return summary;
}

const isDamaged = (read: ArticleSummary | DamagedEntry): read is DamagedEntry => 'problems' in read;

/**
 * Reads the library from the summaries' heads, each article's read (and migrated) on its own only when its summary
 * is missing or of another version (the summary is then stored for next time); a record that does not read as an
 * article is listed as damaged, never hiding the others.
 */
export async function readLibrary(): Promise<LibraryContents> {
  const byId = new Map<string, SummaryHead>();
  const damaged: Array<DamagedEntry> = [];
  let unreadable: string | null = null;
  try {
    const store = await database();
    const { articleKeys, values } = await storedHeads(store);
    const built: Array<{ key: IDBValidKey; summary: ArticleSummary | null }> = [];
    for (const key of articleKeys) {
      const known = readStoredHead(values.get(key));
      if (known !== null && known !== 'damaged') {
        byId.set(known.id, known);
        continue;
      }
      const read = await rebuilt(store, key, known === 'damaged' ? [] : built);
      if (isDamaged(read)) damaged.push(read);
      else byId.set(read.id, headOf(read));
    }
    if (built.length > 0) await keepSummaries(store, built);
  } catch (error) {
    // Without storage the library is what this session holds.
    unreadable = storageReason(error);
  }
  for (const record of sessionOnly.values()) byId.set(record.id, headOf(summaryOf(record.article, record.addedAt)));
  const heads = [...byId.values()].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
  return { heads, entries: heads.map(entryOf), damaged, unreadable };
}

/**
 * Every readable article's whole summary, its quotes' words with it, newest added first: what search, the library's
 * table and Same quote elsewhere read. Heads and words are read in one transaction, so they always agree; a summary
 * whose words are missing is built again from its article. Damaged records are left to readLibrary to list.
 */
export async function readSummaries(): Promise<Array<ArticleSummary>> {
  const byId = new Map<string, ArticleSummary>();
  try {
    const store = await database();
    const tx = store.transaction(['articles', 'summaries', 'words']);
    const [articleKeys, headKeys, heads, wordKeys, words] = await Promise.all([
      tx.objectStore('articles').getAllKeys(),
      tx.objectStore('summaries').getAllKeys(),
      tx.objectStore('summaries').getAll(),
      tx.objectStore('words').getAllKeys(),
      tx.objectStore('words').getAll(),
    ]);
    const headOfKey = new Map(headKeys.map((key, i) => [key, heads[i]]));
    const wordsOfKey = new Map(wordKeys.map((key, i) => [key, words[i]]));
    const built: Array<{ key: IDBValidKey; summary: ArticleSummary | null }> = [];
    for (const key of articleKeys) {
      const head = readStoredHead(headOfKey.get(key));
      if (head === 'damaged') continue;
      const summary = head && joinedSummary(head, wordsOfKey.get(key));
      const read = summary ?? (await rebuilt(store, key, built));
      if (!isDamaged(read)) byId.set(read.id, read);
    }
    if (built.length > 0) await keepSummaries(store, built);
  } catch {
    // Without storage the library is what this session holds; readLibrary says why.
  }
  for (const record of sessionOnly.values()) byId.set(record.id, summaryOf(record.article, record.addedAt));
  return [...byId.values()].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
}

/** Stores summaries built on a read; when storage refuses, they are built again next time, and the read goes on. */
async function keepSummaries(store: IDBPDatabase<LibraryDb>, built: ReadonlyArray<{ key: IDBValidKey; summary: ArticleSummary | null }>): Promise<void> {
  try {
    const tx = store.transaction(['summaries', 'words'], 'readwrite');
    await Promise.all([...built.map(({ key, summary }) => putSummary(tx, key, summary)), tx.done]);
  } catch {
    // Nothing is lost: the article itself is what counts.
  }
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
      const reading = readRecord(keyLabel(stored.key), stored.value);
      if (reading.ok) byId.set(reading.record.id, reading.record);
      else damaged.push({ ...reading.damaged, key: stored.key });
    }
  } catch (error) {
    unreadable = storageReason(error);
  }
  for (const record of sessionOnly.values()) byId.set(record.id, record);
  return { records: [...byId.values()].sort((a, b) => b.addedAt.localeCompare(a.addedAt)), damaged, unreadable };
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
  const reading = readRecord(id, raw);
  if (reading.ok) return reading.record.article;
  throw new ArticleLoadError(
    "This article's copy in the browser's library cannot be read. The Library panel lists it as damaged, with a download of what is stored.",
    reading.damaged.problems,
  );
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
 * Keeps an article in the library. When storage fails, the article is kept for the session and the
 * StorageError is thrown so the reader can say so.
 */
export async function saveArticle(article: Article, addedAt = new Date().toISOString()): Promise<void> {
  const record = { id: article.id, addedAt: sessionOnly.get(article.id)?.addedAt ?? addedAt, article };
  try {
    await writeWithSummary(async (tx) => {
      const existing: unknown = await tx.objectStore('articles').get(article.id);
      const kept = existing !== null && typeof existing === 'object' && 'addedAt' in existing && typeof existing.addedAt === 'string' ? existing.addedAt : null;
      const addedAt = kept ?? record.addedAt;
      await Promise.all([tx.objectStore('articles').put({ ...record, addedAt }), putSummary(tx, article.id, summaryOf(article, addedAt))]);
    });
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
    const raw = await writeWithSummary(async (tx) => {
      const stored: unknown = await tx.objectStore('articles').get(id);
      await Promise.all([tx.objectStore('articles').delete(id), tx.objectStore('summaries').delete(id), tx.objectStore('words').delete(id)]);
      return stored;
    });
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
