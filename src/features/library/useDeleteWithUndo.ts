import { useCallback } from 'react';
import type { LibraryEntry } from '../../api/library';
import { useDeleteArticle } from '../../api/useLibrary';
import type { Article } from '../../core/schema';
import type { PageNotice } from '../../ui/Notice';

export interface DeleteWithUndoOptions {
  /** The article on screen: deleting it shows `onDeletedCurrent`'s article instead. */
  currentId: string;
  onDeletedCurrent: () => void;
  /** Puts a deleted article back (Undo); `wasShown` when it was the article on screen, to show it again. */
  onRestore: (article: Article, wasShown: boolean) => void;
  onNotice: (notice: PageNotice | null) => void;
}

/**
 * Deletes a library entry and offers Undo in a notice; a failure is a warning that names it. `onUndone` runs after
 * Undo, so that the library can put focus back on the entry.
 */
export function useDeleteWithUndo({
  currentId,
  onDeletedCurrent,
  onRestore,
  onNotice,
}: DeleteWithUndoOptions): (entry: LibraryEntry, onUndone?: () => void) => void {
  const { mutate } = useDeleteArticle();
  return useCallback(
    (entry: LibraryEntry, onUndone?: () => void) =>
      mutate(entry.id, {
        onSuccess: (record) => {
          if (entry.id === currentId) onDeletedCurrent();
          onNotice({
            tone: 'info',
            text: `Deleted “${entry.headline}” from the library.`,
            action: record
              ? {
                  label: 'Undo',
                  onClick: () => {
                    onRestore(record.article, entry.id === currentId);
                    onNotice(null);
                    onUndone?.();
                  },
                }
              : undefined,
          });
        },
        onError: (failure) => onNotice({ tone: 'warning', text: failure.message }),
      }),
    [mutate, currentId, onDeletedCurrent, onRestore, onNotice],
  );
}
