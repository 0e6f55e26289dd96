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
