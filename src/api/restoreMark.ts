// Kept apart from the backup code: the Library panel asks at once whether a restore was interrupted, and the answer is
// one storage read, which must not load the backup's code (and the article validator with it) as the page loads.

/** A restore under way, kept in localStorage: after a reload in the middle of one, the reader hears that it stopped. */
const RUNNING_KEY = 'who-said-what:restore-running';

export interface InterruptedRestore {
  file: string;
  total: number;
}

/** The restore a reload or a closed tab stopped half way, if any. */
export function interruptedRestore(): InterruptedRestore | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(RUNNING_KEY) ?? 'null');
    if (value && typeof value === 'object' && 'file' in value && 'total' in value && typeof value.file === 'string' && typeof value.total === 'number') {
      return { file: value.file, total: value.total };
    }
  } catch {
    // Unreadable means nothing to report.
  }
  return null;
}

/** Notes a restore as under way (or, with null, as ended). */
export function markRunning(running: InterruptedRestore | null): void {
  try {
    if (running) localStorage.setItem(RUNNING_KEY, JSON.stringify(running));
    else localStorage.removeItem(RUNNING_KEY);
  } catch {
    // Without localStorage an interrupted restore is simply not mentioned; what it stored stays.
  }
}

/** Stops mentioning an interrupted restore. */
export function forgetInterruptedRestore(): void {
  markRunning(null);
}
