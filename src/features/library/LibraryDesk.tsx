import { useCallback, useState } from 'react';
import { BUNDLED_ARTICLE } from '../../api/bundledEntry';
import { useLibrary } from '../../api/useLibrary';
import { useSaveArticle } from '../../api/useSaveArticle';
import type { Article } from '../../core/schema';
import { FloatingNotice, type PageNotice } from '../../ui/Notice';
import { LibraryPanel } from './LibraryPanel';
import { useDeleteWithUndo } from './useDeleteWithUndo';

export interface LibraryDeskProps {
  /** The article the view leads back to (the Library overview's Back to the article). */
  articleId: string;
  /** Makes the view lead back to another article: the bundled one once `articleId` is deleted, and it again after Undo. */
  onBackTo: (id: string) => void;
}

/**
 * The Library panel for a view without an article open (the Library overview): deleting an entry asks first and is
 * taken back by Undo in a notice of its own, as in the reader's side column. No entry is marked as the page.
 */
export function LibraryDesk({ articleId, onBackTo }: LibraryDeskProps) {
  const library = useLibrary();
  const save = useSaveArticle();
  const [notice, setNotice] = useState<PageNotice | null>(null);
  const showBundled = useCallback(() => onBackTo(BUNDLED_ARTICLE.id), [onBackTo]);
  const restore = useCallback(
    (article: Article, wasShown: boolean) =>
      save(article, {
        onSuccess: () => {
          if (wasShown) onBackTo(article.id);
        },
        onError: (failure) => setNotice({ tone: 'warning', text: failure.message }),
      }),
    [save, onBackTo],
  );
  const deleteEntry = useDeleteWithUndo({ currentId: articleId, onDeletedCurrent: showBundled, onRestore: restore, onNotice: setNotice });
  return (
    <>
      <LibraryPanel bundled={BUNDLED_ARTICLE} entries={library.data ?? []} currentId="" onDelete={deleteEntry} />
      {notice && <FloatingNotice notice={notice} onDismiss={() => setNotice(null)} />}
    </>
  );
}
