import type { RecordReading } from '../core/libraryRecord';

/**
 * Reads one stored record as core/libraryRecord's readRecord does, its code (with the article validator) loaded on
 * the first record read: a browser whose library is empty, as at a first visit, never loads the validator, whose
 * evaluation alone held a throttled phone's main thread for tens of milliseconds while the page loaded.
 */
export async function readStoredRecord(label: string, raw: unknown): Promise<RecordReading> {
  const { readRecord } = await import('../core/libraryRecord');
  return readRecord(label, raw);
}
