import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Article } from '../../core/schema';
import { loadDialog, loadedDialog, type Dialog } from './loadDialog';
import type { KeptDraft } from './useKeptDraft';
import { usePageDrop } from './usePageDrop';

export interface OpenArticleProps {
  onOpened: (article: Article) => void;
}

// Shown only while a file is held over the page: its code comes with the first drag.
const DropOverlay = lazy(() => import('./DropOverlay').then((module) => ({ default: module.DropOverlay })));

// A failed early load is retried, and reported, when the reader asks for the dialog.
const preload = () => void loadDialog().catch(() => {});

/** Loads the dialog's code when the page is first idle, unless it is loaded already. */
function usePreloadWhenIdle() {
  useEffect(() => {
    if (loadedDialog()) return;
    // Safari has no requestIdleCallback: a second's wait stands in for idle time there.
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(preload, 1000);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(preload);
    return () => window.cancelIdleCallback(handle);
  }, []);
}

/**
 * The Open article button and its dialog, whose code comes in while the reader is idle; a file dropped
 * anywhere on the page opens in the dialog too.
 */
export function OpenArticle({ onOpened }: OpenArticleProps) {
  const [open, setOpen] = useState(false);
  const [OpenArticleDialog, setDialog] = useState<Dialog | null>(loadedDialog);
  const [failed, setFailed] = useState(false);
  const [dropped, setDropped] = useState<Array<File> | null>(null);
  // What was pasted or typed survives closing the dialog: Escape is no way to lose a long paste.
  const [kept, setKept] = useState<KeptDraft | null>(null);
  const keep = useCallback((draft: KeptDraft | null) => setKept(draft), []);
  usePreloadWhenIdle();

  const show = (files: Array<File> | null = null) => {
    setOpen(true);
    setDropped(files);
    setFailed(false);
    const ready = OpenArticleDialog ?? loadedDialog();
    if (ready) {
      setDialog(() => ready);
      return;
    }
    loadDialog().then(
      (dialog) => setDialog(() => dialog),
      () => {
        setOpen(false);
        setFailed(true);
      },
    );
  };
  const dragging = usePageDrop(show);

  return (
    <>
      <button
        type="button"
        onClick={() => show()}
        onPointerEnter={preload}
        onFocus={preload}
        aria-busy={open && !OpenArticleDialog}
        className="min-h-10 rounded-lg bg-blue-700 px-4 text-sm font-semibold text-white hover:bg-blue-800 aria-busy:cursor-progress aria-busy:opacity-80 dark:bg-blue-300 dark:text-blue-950"
      >
        Open article
      </button>
      {open && !OpenArticleDialog && (
        <span role="status" className="sr-only">
          Opening…
        </span>
      )}
      {failed && (
        <span role="alert" className="ml-3 text-sm text-red-800 dark:text-red-300">
          The Open article dialog could not load. Check the connection and try again.
        </span>
      )}
      {dragging && !open && (
        <Suspense fallback={null}>
          <DropOverlay />
        </Suspense>
      )}
      {open && OpenArticleDialog && (
        <OpenArticleDialog
          files={dropped}
          kept={kept}
          onKeep={keep}
          onClose={() => setOpen(false)}
          onOpened={(article) => {
            setOpen(false);
            onOpened(article);
          }}
        />
      )}
    </>
  );
}
