import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Article } from '../core/schema';

/** An article a reader opened, as the library lists it. */
export interface LibraryEntry {
  id: string;
  headline: string;
  addedAt: string;
  corrected: boolean;
}

interface LibraryDb extends DBSchema {
  articles: { key: string; value: { id: string; addedAt: string; article: Article } };
}

/** Why the browser's storage refused: the reader says so, and the article stays open for the session. */
export class StorageError extends Error {
  constructor(action: string, cause: unknown) {
    const reason = cause instanceof Error ? (cause.name === 'QuotaExceededError' ? 'the browser storage is full' : cause.message || cause.name) : String(cause);
    super(`Could not ${action} in this browser's storage (${reason}).`);
    this.name = 'StorageError';
  }
}

let db: Promise<IDBPDatabase<LibraryDb>> | null = null;

function database(): Promise<IDBPDatabase<LibraryDb>> {
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
const sessionOnly = new Map<string, { id: string; addedAt: string; article: Article }>();

function entryOf(record: { id: string; addedAt: string; article: Article }): LibraryEntry {
  return { id: record.id, headline: record.article.headline.text, addedAt: record.addedAt, corrected: (record.article.corrections?.length ?? 0) > 0 };
}

export async function listLibrary(): Promise<Array<LibraryEntry>> {
  let stored: Array<{ id: string; addedAt: string; article: Article }> = [];
  try {
    stored = await (await database()).getAll('articles');
  } catch {
    // Without storage the library is what this session holds.
  }
  const byId = new Map(stored.map((r) => [r.id, r]));
  for (const record of sessionOnly.values()) byId.set(record.id, record);
  return [...byId.values()].map(entryOf).sort((a, b) => b.addedAt.localeCompare(a.addedAt));
}

/** A stored article, validated again: what a browser kept may come from an older version. */
export async function getStoredArticle(id: string): Promise<Article | undefined> {
  const session = sessionOnly.get(id);
  if (session) return session.article;
  let record: { article: Article } | undefined;
  try {
    record = await (await database()).get('articles', id);
  } catch {
    return undefined;
  }
  if (!record) return undefined;
  const { parseArticle } = await import('../core/validate');
  const result = parseArticle(record.article);
  return result.ok ? result.article : undefined;
}

/**
 * Whether a stored record still has the shape the overview reads. Each article was validated when it was saved;
 * checking the whole schema again (as getStoredArticle does for the one article shown) would cost about a
 * millisecond an article, a second for a library of a thousand.
 */
function looksReadable(article: Article): boolean {
  const { headline, paragraphs, figures, entities } = article as Partial<Article>;
  return (
    typeof headline?.text === 'string' &&
    Array.isArray(headline.quotes) &&
    Array.isArray(paragraphs) &&
    paragraphs.every((block) => Array.isArray(block.quotes)) &&
    Array.isArray(figures) &&
    Array.isArray(entities)
  );
}

/** Every article the library keeps, and those kept for this session; a record that is no longer readable is left out. */
export async function listArticles(): Promise<Array<Article>> {
  let stored: Array<{ id: string; article: Article }> = [];
  try {
    stored = await (await database()).getAll('articles');
  } catch {
    // Without storage the library is what this session holds.
  }
  const byId = new Map(stored.map((r) => [r.id, r.article]));
  for (const record of sessionOnly.values()) byId.set(record.id, record.article);
  return [...byId.values()].filter(looksReadable);
}

/**
 * Keeps an article in the library. When storage fails, the article is kept for the session and the
 * StorageError is thrown so the reader can say so.
 */
export async function saveArticle(article: Article, addedAt = new Date().toISOString()): Promise<void> {
  const record = { id: article.id, addedAt: sessionOnly.get(article.id)?.addedAt ?? addedAt, article };
  try {
    const store = await database();
    const existing = await store.get('articles', article.id);
    await store.put('articles', { ...record, addedAt: existing?.addedAt ?? record.addedAt });
    sessionOnly.delete(article.id);
  } catch (error) {
    sessionOnly.set(article.id, record);
    throw new StorageError('save the article', error);
  }
}

export async function deleteArticle(id: string): Promise<{ id: string; addedAt: string; article: Article } | undefined> {
  const session = sessionOnly.get(id);
  sessionOnly.delete(id);
  try {
    const store = await database();
    const record = await store.get('articles', id);
    await store.delete('articles', id);
    return record ?? session;
  } catch (error) {
    if (session) return session;
    throw new StorageError('delete the article', error);
  }
}
