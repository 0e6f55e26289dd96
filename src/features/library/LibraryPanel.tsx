import { memo, useState } from 'react';
import type { LibraryEntry } from '../../api/library';
import { BackupRestore } from './BackupRestore';
import { ConfirmDelete } from './ConfirmDelete';
import { DamagedRecords } from './DamagedRecords';
import { LibraryEntryLink } from './LibraryEntryLink';
import { usePendingFocus } from './usePendingFocus';

export interface LibraryPanelProps {
  bundled: { id: string; headline: string };
  entries: ReadonlyArray<LibraryEntry>;
  currentId: string;
  /** Deletes an entry; `onUndone` runs when the reader takes the deletion back, once the entry is kept again. */
  onDelete: (entry: LibraryEntry, onUndone: () => void) => void;
}

/** The articles this browser keeps, the bundled one first; deleting asks first. */
export const LibraryPanel = memo(function LibraryPanel({ bundled, entries, currentId, onDelete }: LibraryPanelProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  // Focus goes back to an entry's Delete button after Keep, on to the next entry's link after Delete, and to the
  // entry's own link when Undo brings it back (the notice's Undo button it was on is gone).
  const { root: nav, focusLater: setFocusOn } = usePendingFocus<HTMLElement>();
  const own = entries.filter((e) => e.id !== bundled.id);
  const deleteConfirmed = (entry: LibraryEntry) => {
    const at = own.indexOf(entry);
    const neighbour = own[at + 1] ?? own[at - 1];
    setConfirming(null);
    setFocusOn(`link:${neighbour?.id ?? bundled.id}`);
    onDelete(entry, () => setFocusOn(`link:${entry.id}`));
  };
  return (
    <nav ref={nav} aria-label="Library" className="rounded-xl border border-stone-200 bg-white p-4 font-sans shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-300">Library</h2>
      <ul className="space-y-1">
        <li className="flex">
          <LibraryEntryLink
            id={bundled.id}
            headline={bundled.headline}
            note={entries.some((e) => e.id === bundled.id && e.corrected) ? 'Bundled article, with your corrections' : 'Bundled article'}
            current={bundled.id === currentId}
          />
        </li>
        {own.map((entry) => (
          <li key={entry.id} className="flex items-start gap-1">
            <LibraryEntryLink id={entry.id} headline={entry.headline} note={entry.corrected ? 'Corrected by you' : null} current={entry.id === currentId} />
            {confirming === entry.id ? (
              <ConfirmDelete
                headline={entry.headline}
                onDelete={() => deleteConfirmed(entry)}
                onKeep={() => {
                  setConfirming(null);
                  setFocusOn(`delete:${entry.id}`);
                }}
              />
            ) : (
              <button
                type="button"
                onClick={() => setConfirming(entry.id)}
                data-focus-key={`delete:${entry.id}`}
                aria-label={`Delete ${entry.headline}`}
                className="min-h-9 rounded-md px-2 text-sm text-red-800 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950"
              >
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
      {own.length === 0 && <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">Articles you open are kept here, in this browser only.</p>}
      <DamagedRecords />
      <BackupRestore />
    </nav>
  );
});
