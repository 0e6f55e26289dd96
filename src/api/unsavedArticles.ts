import type { IDBPDatabase } from 'idb';
import type { LibraryRecord } from '../core/libraryRecord';
import { noteLibraryCopy } from './libraryCopy';
import type { LibraryDb } from './libraryDatabase';

/**
 * Where an article whose save was under way when the page hid waits, one key per article id. IndexedDB drops a
 * transaction that has not finished when the page goes (a reload, a link, a closed tab): a correction made just
 * before would be lost. localStorage writes at once, so the page's last moment is enough; the next page that opens
 * the library stores what waits here before anything else reads it.
 */
const UNSAVED = 'who-said-what:unsaved-article:';

/** Saves under way, by article id: the newest record each is writing. */
const underWay = new Map<string, LibraryRecord>();

/** The ids this page put in localStorage, to take out again when their save ends after all (the page came back). */
const waiting = new Set<string>();

/** Writes every save still under way to localStorage; a full or disabled storage loses it, as it always did. */
function keepUnderWay(): void {
  for (const record of underWay.values()) {
    try {
      localStorage.setItem(UNSAVED + record.id, JSON.stringify(record));
      waiting.add(record.id);
      // The page's built-in first view of the bundled article must not show before this copy (api/libraryCopy).
      noteLibraryCopy(record.id, true);
    } catch {
      // Full or off: a reload loses this save.
    }
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', keepUnderWay);
  // A hidden page may be closed or discarded without a pagehide (a phone's tab switcher).
  document.addEventListener('visibilitychange', () => document.hidden && keepUnderWay());
}

/** Notes a save of `record` starting, so that it is kept if the page hides before the save ends. */
export function saveStarted(record: LibraryRecord): void {
  underWay.set(record.id, record);
}

/** Notes a save of `record` ended, stored or refused: what waits in localStorage for it is no longer needed. */
export function saveEnded(record: LibraryRecord): void {
  // A later save of the same article is still under way.
  if (underWay.get(record.id) !== record) return;
  underWay.delete(record.id);
  if (!waiting.delete(record.id)) return;
  try {
    localStorage.removeItem(UNSAVED + record.id);
  } catch {
    // Storage is off: nothing was kept there.
  }
}

/** When the record already stored was first kept: a save keeps that date, whatever the record it writes says. */
export function keptAddedAt(stored: unknown): string | null {
  return stored !== null && typeof stored === 'object' && 'addedAt' in stored && typeof stored.addedAt === 'string' ? stored.addedAt : null;
}

/** A record a page left waiting: its localStorage key, the text stored there and what it parsed to. */
interface Waiting {
  key: string;
  stored: string;
  id: string;
  raw: object;
}

/** The records a page left waiting in localStorage, read but left there until they are stored. */
function readWaiting(): Waiting[] {
  const found: Waiting[] = [];
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((key) => key?.startsWith(UNSAVED));
    for (const key of keys) {
      if (!key) continue;
      const stored = localStorage.getItem(key) ?? 'null';
      const raw: unknown = JSON.parse(stored);
      if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) found.push({ key, stored, id: key.slice(UNSAVED.length), raw });
      else localStorage.removeItem(key);
    }
  } catch {
    // Storage is off, or what waits there is not JSON: there is nothing to keep.
  }
  return found;
}

/** Takes out of localStorage what this page stored, unless a later page has left a newer copy there since. */
function forgetStored(stored: Waiting[]): void {
  try {
    for (const { key, stored: text } of stored) if (localStorage.getItem(key) === text) localStorage.removeItem(key);
  } catch {
    // Storage went off: the copies stay, and the next page stores them again, which changes nothing.
  }
}

/**
 * Stores the records an earlier page left waiting, in a transaction started before the database is handed to anyone,
 * so that every later read sees them. Their summaries are dropped, to be built again from the article when the
 * library is read: the record is not trusted until it is read (api/readStoredRecord). Each stays in localStorage
 * until the transaction has committed: a page left before then (a link followed at once) drops the transaction, and
 * the next page stores the record again. A failure loses them, as a failed save does.
 */
export function storeWaiting(db: IDBPDatabase<LibraryDb>): void {
  const found = readWaiting();
  if (found.length === 0) return;
  const tx = db.transaction(['articles', 'summaries', 'words'], 'readwrite');
  const keepOne = async ({ id, raw }: Waiting) => {
    const addedAt = keptAddedAt(await tx.objectStore('articles').get(id));
    await Promise.all([
      tx.objectStore('articles').put(addedAt ? { ...raw, id, addedAt } : { ...raw, id }),
      tx.objectStore('summaries').delete(id),
      tx.objectStore('words').delete(id),
    ]);
  };
  void Promise.all([...found.map(keepOne), tx.done]).then(
    () => forgetStored(found),
    () => forgetStored(found),
  );
}
