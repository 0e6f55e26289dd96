import { useRef, useState } from 'react';
import { useBackupLibrary, useInterruptedRestore, useRestoreLibrary, useStoragePersistence } from '../../api/useLibraryKeeping';
import { download } from '../../lib/download';
import { RestoreReport } from './RestoreReport';

const button =
  'min-h-9 rounded-md border border-stone-300 px-3 text-sm font-medium hover:bg-stone-100 aria-disabled:opacity-60 dark:border-stone-700 dark:hover:bg-stone-800';

/** Back up the whole library to one file, restore one, and hear when storage may not last. */
export function BackupRestore() {
  const picker = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const backup = useBackupLibrary();
  const restore = useRestoreLibrary((done, total) => setProgress({ done, total }));
  const { interrupted, forget } = useInterruptedRestore();
  const persistence = useStoragePersistence();

  const backUp = () =>
    backup.mutate(undefined, {
      onSuccess: (file) => download(file.name, 'application/json', file.text),
    });
  const restoreFile = (file: File | undefined) => {
    if (!file) return;
    setProgress(null);
    backup.reset();
    restore.mutate(file);
  };

  return (
    <div className="mt-3 space-y-2 border-t border-stone-200 pt-3 text-sm dark:border-stone-800">
      <div className="flex flex-wrap gap-2">
        {/* aria-disabled, not disabled, which would drop the focus of the reader who just pressed it to the page's body. */}
        <button type="button" className={button} onClick={() => backup.isPending || backUp()} aria-disabled={backup.isPending}>
          Back up library
        </button>
        <button type="button" className={button} onClick={() => restore.isPending || picker.current?.click()} aria-disabled={restore.isPending}>
          Restore library
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          className="hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            restoreFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      {/*
        One live region that stays in the page, so that each message in it is announced; aria-live without the status
        role, since the reading bar is the page's status and the side panel holds none while nothing happens.
      */}
      <div aria-live="polite" className="space-y-2">
        {backup.data && (
          <p>
            Backed up {backup.data.articles} article{backup.data.articles === 1 ? '' : 's'} to {backup.data.name}.
            {backup.data.damaged > 0 && ' Damaged records are not in it: download each of them below.'}
          </p>
        )}
        {restore.isPending && <p>{progress ? `Restoring… ${progress.done} of ${progress.total} articles` : 'Reading the backup…'}</p>}
        {restore.data && <RestoreReport report={restore.data} />}
      </div>
      {backup.error && <p role="alert">Could not back up the library ({backup.error.message}).</p>}
      {restore.error && <p role="alert">Nothing was restored. {restore.error.message}</p>}
      {interrupted && !restore.isPending && !restore.data && (
        <div className="flex flex-wrap items-center gap-2">
          <p className="grow">
            A restore of {interrupted.file} stopped before it finished. What it stored is kept: restore the same file again to add the rest.
          </p>
          <button type="button" className={button} onClick={forget}>
            Dismiss
          </button>
        </div>
      )}
      {persistence === 'refused' && (
        <p className="text-xs text-stone-600 dark:text-stone-400">
          This browser did not agree to keep the library for good: it may clear it when space runs low. Back up the library to keep a copy.
        </p>
      )}
    </div>
  );
}
