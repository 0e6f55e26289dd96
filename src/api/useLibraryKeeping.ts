import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { libraryQuery } from './libraryQuery';

// These hooks serve the Library panel, which loads after the first view; so does this module.
const library = () => import('./library');
// Back up and restore load when a reader asks for them.
const backups = () => import('./libraryBackup');
// Whether a restore was interrupted is asked as the panel shows: a small module of its own.
const restoreMark = () => import('./restoreMark');

/** The whole library as read: its articles, its damaged records, and whether storage could be read at all. */
export function useLibraryContents() {
  return useQuery(libraryQuery);
}

const persistenceQuery = queryOptions({ queryKey: ['library', 'persistence'], queryFn: () => library().then((m) => m.storagePersistence()) });

/** Whether the browser agreed to keep the library for good: null until it was asked. */
export function useStoragePersistence() {
  return useQuery(persistenceQuery).data ?? null;
}

export function useDeleteRecord() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (key: IDBValidKey) => library().then((m) => m.deleteRecord(key)),
    onSettled: () => client.invalidateQueries({ queryKey: libraryQuery.queryKey }),
  });
}

export function useBackupLibrary() {
  return useMutation({ mutationFn: () => backups().then((m) => m.backupLibrary()) });
}

/** Restores a backup file; `onProgress` hears of each article as it is done. */
export function useRestoreLibrary(onProgress: (done: number, total: number) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => (await backups()).restoreLibrary({ name: file.name, text: await file.text() }, onProgress),
    onSettled: () => client.invalidateQueries({ queryKey: libraryQuery.queryKey }),
  });
}

const interruptedQuery = queryOptions({ queryKey: ['library', 'restore-interrupted'], queryFn: () => restoreMark().then((m) => m.interruptedRestore()) });

/** A restore that a reload or a closed tab stopped half way, and a way to stop mentioning it. */
export function useInterruptedRestore() {
  const client = useQueryClient();
  const { data } = useQuery(interruptedQuery);
  const forget = () =>
    void restoreMark()
      .then((m) => m.forgetInterruptedRestore())
      .then(() => client.invalidateQueries({ queryKey: interruptedQuery.queryKey }));
  return { interrupted: data ?? null, forget };
}
