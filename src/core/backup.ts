import { readRecord, type LibraryRecord } from './libraryRecord';
import { ARTICLE_FORMAT } from './schema';

/**
 * A library backup is one JSON file:
 * `{ "format": "who-said-what/library-backup", "version": 1, "exportedAt": "<ISO time>", "articles": [ … ] }`
 * where each of `articles` is `{ "addedAt": "<ISO time>", "article": <an article file, corrections included> }`.
 * Each article is in the article format (docs/article.schema.json), so it also opens on its own.
 */
export const BACKUP_FORMAT = 'who-said-what/library-backup';
export const BACKUP_VERSION = 1;

export interface LibraryBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  articles: Array<{ addedAt: string; article: LibraryRecord['article'] }>;
}

export function makeBackup(records: ReadonlyArray<LibraryRecord>, exportedAt: Date): LibraryBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    articles: records.map(({ addedAt, article }) => ({ addedAt, article })),
  };
}

export function backupFileName(exportedAt: Date): string {
  return `who-said-what-library-${exportedAt.toISOString().slice(0, 10)}.json`;
}

/** One article of a backup: readable (migrated when it is of an older version), or what is wrong with it. */
export type BackupItem = { ok: true; record: LibraryRecord } | { ok: false; label: string; problems: Array<string> };

export type BackupResult = { ok: true; exportedAt: string | null; items: Array<BackupItem> } | { ok: false; problem: string };

/** What a reader is told a backup is, when the file they chose is none. */
const WHAT_A_BACKUP_IS = 'A backup is the file that Back up library saves, named like who-said-what-library-2026-11-30.json: choose one of those.';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Reads a backup file: the envelope must hold, while each article is read on its own so one bad article costs only itself. */
export function parseBackup(text: string): BackupResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // A parser's message ("Unexpected token 'H', "Hello" is not valid JSON") names a character, not the file: say what the file is.
    const start = text.trimStart();
    if (!/^[[{]/.test(start)) {
      const opening = start.slice(0, 40).replace(/\s+/g, ' ');
      const begins = opening === '' ? 'it is empty' : `it begins “${opening}${start.length > 40 ? '…' : ''}”`;
      return { ok: false, problem: `The file is not a library backup: it is not JSON (${begins}). ${WHAT_A_BACKUP_IS}` };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `The file is not valid JSON: it may be cut short or damaged (${detail}). ${WHAT_A_BACKUP_IS}` };
  }
  if (!isObject(json)) return { ok: false, problem: `The file is not a library backup. ${WHAT_A_BACKUP_IS}` };
  if (json.format === ARTICLE_FORMAT) {
    return { ok: false, problem: 'The file is a single article, not a library backup: open it with Open article.' };
  }
  if (json.format !== BACKUP_FORMAT) {
    // The format's name means nothing to a reader: what the file is, and what a backup is, do.
    const found = typeof json.format === 'string' ? 'it was saved by another program, or is another kind of file' : 'it is some other JSON file';
    return { ok: false, problem: `The file is not a library backup: ${found}. ${WHAT_A_BACKUP_IS}` };
  }
  if (json.version !== BACKUP_VERSION) {
    const newer = typeof json.version === 'number' && json.version > BACKUP_VERSION;
    return {
      ok: false,
      problem: newer
        ? `The backup is of version ${String(json.version)}, made by a newer version of the reader; this one reads version ${BACKUP_VERSION}.`
        : `The backup's version should be ${BACKUP_VERSION}, but is ${JSON.stringify(json.version) ?? 'missing'}.`,
    };
  }
  if (!Array.isArray(json.articles)) return { ok: false, problem: 'The backup has no list of articles ("articles").' };
  const exportedAt = typeof json.exportedAt === 'string' ? json.exportedAt : null;
  const items = json.articles.map((entry: unknown, i): BackupItem => {
    const label = `article ${i + 1}`;
    if (!isObject(entry)) return { ok: false, label, problems: ['is not an object holding an article'] };
    const id = isObject(entry.article) ? entry.article.id : undefined;
    const reading = readRecord(label, { id, addedAt: entry.addedAt ?? exportedAt ?? '', article: entry.article });
    if (reading.ok) return { ok: true, record: reading.record };
    return { ok: false, label: reading.damaged.headline ? `${label}, “${reading.damaged.headline}”` : label, problems: reading.damaged.problems };
  });
  return { ok: true, exportedAt, items };
}

/** The same article: the same fields and values, whatever the order of its keys. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What a restore does with one readable article of a backup. */
export type RestoreStep = { kind: 'add'; record: LibraryRecord; copyOf: string | null } | { kind: 'skip'; record: LibraryRecord };

/**
 * Plans a restore against what the library holds (`held`: id → its article, or null for a damaged record): a new
 * article is added, the same article is skipped, and an article whose id is taken by a different one is added as a
 * copy beside it, so that neither is lost.
 */
export function planRestore(held: ReadonlyMap<string, unknown>, records: ReadonlyArray<LibraryRecord>): Array<RestoreStep> {
  const taken = new Map(held);
  return records.map((record): RestoreStep => {
    for (let n = 1; ; n++) {
      const id = n === 1 ? record.id : `${record.id}-copy${n === 2 ? '' : `-${n - 1}`}`;
      const candidate = { ...record, id, article: { ...record.article, id } };
      if (!taken.has(id)) {
        taken.set(id, candidate.article);
        return { kind: 'add', record: candidate, copyOf: n === 1 ? null : record.id };
      }
      if (sameContent(taken.get(id), candidate.article)) return { kind: 'skip', record: candidate };
    }
  });
}
