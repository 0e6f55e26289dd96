import { migrateArticle } from './migrate';
import type { Article } from './schema';
import { formatProblem, parseArticle } from './validate';

/** What the library keeps for each article: the article (with its corrections) and when it was first kept. */
export interface LibraryRecord {
  id: string;
  addedAt: string;
  article: Article;
}

/** A stored record that does not read as an article: listed on its own, so it never hides the others. */
export interface DamagedRecord {
  /** Its key in storage, as text. */
  label: string;
  /** The headline, when one can still be read from it, so that a reader recognises it. */
  headline: string | null;
  /** What is wrong, one line each. */
  problems: Array<string>;
  raw: unknown;
}

export type RecordReading = { ok: true; record: LibraryRecord; migratedFrom: number | null } | { ok: false; damaged: DamagedRecord };

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function headlineOf(raw: unknown): string | null {
  const article = isObject(raw) && isObject(raw.article) ? raw.article : raw;
  const headline = isObject(article) && isObject(article.headline) ? article.headline.text : undefined;
  return typeof headline === 'string' && headline.trim() ? headline.trim() : null;
}

/** Shown when a reader's library holds more problems than are worth reading. */
const MAX_PROBLEMS = 5;

/**
 * Reads one stored record on its own: an older shape is migrated, and a record that still does not read as an
 * article comes back as damaged, with what is wrong.
 */
export function readRecord(label: string, raw: unknown): RecordReading {
  const damaged = (problems: Array<string>): RecordReading => ({
    ok: false,
    damaged: {
      label,
      headline: headlineOf(raw),
      problems: problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), `and ${problems.length - MAX_PROBLEMS} more problems`] : problems,
      raw,
    },
  });
  if (!isObject(raw)) return damaged([`The record should be an object holding an article, but is ${raw === null ? 'null' : typeof raw}`]);
  if (!('article' in raw)) return damaged(['The record holds no article']);
  const version = isObject(raw.article) && typeof raw.article.version === 'number' ? raw.article.version : null;
  const result = parseArticle(migrateArticle(raw.article));
  if (!result.ok) return damaged(result.problems.map(formatProblem));
  const article = result.article;
  if (raw.id !== article.id) return damaged([`The record is kept under "${label}", but its article's id is "${article.id}"`]);
  // A record without the time it was kept still reads: it sorts last.
  const addedAt = typeof raw.addedAt === 'string' ? raw.addedAt : '';
  return { ok: true, record: { id: article.id, addedAt, article }, migratedFrom: version !== null && version !== article.version ? version : null };
}
