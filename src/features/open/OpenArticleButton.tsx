import { lazy, Suspense, useState } from 'react';
import type { Article } from '../../core/schema';

// The dialog, the engine and its worker load on first use, never in the reader's first load.
const OpenArticleDialog = lazy(() => import('./OpenArticleDialog').then((module) => ({ default: module.OpenArticleDialog })));

export interface OpenArticleButtonProps {
  onOpened: (article: Article) => void;
}

export function OpenArticleButton({ onOpened }: OpenArticleButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="min-h-10 rounded-lg bg-blue-700 px-4 text-sm font-semibold text-white hover:bg-blue-800 dark:bg-blue-300 dark:text-blue-950"
      >
        Open article
      </button>
      {open && (
        <Suspense
          fallback={
            <span role="status" className="sr-only">
              Opening…
            </span>
          }
        >
          <OpenArticleDialog
            onClose={() => setOpen(false)}
            onOpened={(article) => {
              setOpen(false);
              onOpened(article);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
