import { backupFileName, makeBackup, parseBackup, planRestore } from '../core/backup';
import { rawJson } from '../core/rawJson';
import { summaryOf } from '../core/librarySummary';
import { askForPersistence, putSummary, readRecords, storageReason, writeWithSummary } from './library';
import { markRunning } from './restoreMark';

/** A backup ready to download, and what it leaves out. */
export interface BackupFile {
  name: string;
  text: string;
  articles: number;
  /** Damaged records are not in a backup: each has a download of its own. */
  damaged: number;
}

export async function backupLibrary(now = new Date()): Promise<BackupFile> {
  const library = await readRecords();
  return { name: backupFileName(now), text: rawJson(makeBackup(library.records, now)), articles: library.records.length, damaged: library.damaged.length };
}

/** One article of a restore: its headline and, for a copy or a failure, why. */
export interface RestoreLine {
  headline: string;
  note: string | null;
}

export interface RestoreReport {
  exportedAt: string | null;
  added: Array<RestoreLine>;
  skipped: Array<RestoreLine>;
  failed: Array<RestoreLine>;
}

/** Thrown when the file is no backup at all; a backup with some bad articles is restored and reported instead. */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

/**
 * Restores a backup: each article is stored in a transaction of its own, so a failure (a full storage, a reload)
 * keeps every article stored before it, and restoring the same file again skips those and adds the rest.
 */
export async function restoreLibrary(file: { name: string; text: string }, onProgress?: (done: number, total: number) => void): Promise<RestoreReport> {
  const backup = parseBackup(file.text);
  if (!backup.ok) throw new BackupFileError(backup.problem);
  const library = await readRecords();
  if (library.unreadable) throw new BackupFileError(`The library cannot be read in this browser's storage (${library.unreadable}), so nothing was restored.`);
  const held = new Map<string, unknown>(library.records.map((r) => [r.id, r.article]));
  for (const damaged of library.damaged) held.set(damaged.label, null);
  const report: RestoreReport = { exportedAt: backup.exportedAt, added: [], skipped: [], failed: [] };
  for (const item of backup.items) if (!item.ok) report.failed.push({ headline: item.label, note: item.problems.join('; ') });
  const steps = planRestore(
    held,
    backup.items.flatMap((item) => (item.ok ? [item.record] : [])),
  );
  markRunning({ file: file.name, total: steps.length });
  for (const [i, step] of steps.entries()) {
    const headline = step.record.article.headline.text;
    if (step.kind === 'skip') report.skipped.push({ headline, note: 'already in the library' });
    else {
      try {
        const { record } = step;
        await writeWithSummary((tx) =>
          Promise.all([tx.objectStore('articles').add(record), putSummary(tx, record.id, summaryOf(record.article, record.addedAt))]),
        );
        report.added.push({ headline, note: step.copyOf ? 'as a copy: the library holds a different version of it' : null });
      } catch (error) {
        report.failed.push({ headline, note: `could not be stored (${storageReason(error)})` });
      }
    }
    onProgress?.(i + 1, steps.length);
  }
  markRunning(null);
  if (report.added.length > 0) await askForPersistence();
  return report;
}
