import type { IDBPDatabase } from 'idb';
import { headOf, joinedSummary, readStoredHead, summaryOf, type ArticleSummary, type SummaryHead } from '../core/librarySummary';
import { database, keyLabel, putSummary, sessionOnly, storageReason, type LibraryDb } from './libraryDatabase';
import { storedRecord, unreadableRecord, type DamagedEntry } from './libraryRecords';
import { readStoredRecord } from './readStoredRecord';
import { compareCodeUnits } from '../core/textOrder';

/** An article a reader opened, as the library lists it. */
export interface LibraryEntry {
  id: string;
  headline: string;
  addedAt: string;
  corrected: boolean;
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

type Built = Array<{ key: IDBValidKey; summary: ArticleSummary | null }>;

function entryOf(summary: SummaryHead): LibraryEntry {
  return { id: summary.id, headline: summary.headline, addedAt: summary.addedAt, corrected: summary.corrected };
}

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
async function rebuilt(store: IDBPDatabase<LibraryDb>, key: IDBValidKey, built: Built): Promise<ArticleSummary | DamagedEntry> {
  const stored = await storedRecord(store, key);
  if ('failure' in stored) return unreadableRecord(key, stored.failure);
  const reading = await readStoredRecord(keyLabel(key), stored.value);
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
    const built: Built = [];
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
  const heads = [...byId.values()].sort((a, b) => compareCodeUnits(b.addedAt, a.addedAt));
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
    const built: Built = [];
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
  return [...byId.values()].sort((a, b) => compareCodeUnits(b.addedAt, a.addedAt));
}

/** Stores summaries built on a read; when storage refuses, they are built again next time, and the read goes on. */
async function keepSummaries(store: IDBPDatabase<LibraryDb>, built: Readonly<Built>): Promise<void> {
  try {
    const tx = store.transaction(['summaries', 'words'], 'readwrite');
    await Promise.all([...built.map(({ key, summary }) => putSummary(tx, key, summary)), tx.done]);
  } catch {
    // Nothing is lost: the article itself is what counts.
  }
}
