import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../core/schema';
import type { BlockSelection } from '../../lib/selection';
import { whenIdle } from '../../lib/whenIdle';

// Reading a selection's offsets is not needed for the first view: its code comes in right after it.
const loadSelection = () => import('../../lib/selection');

/**
 * The words a reader has selected in one block of the article, snapped to whole words, and `note` to call
 * when the selection may have changed (mouse up, key up); null when nothing, or more than one block, is selected.
 */
export function useWordSelection(article: Article) {
  const [selection, setSelection] = useState<BlockSelection | null>(null);
  // Kept out of state: the code's arrival changes nothing on screen, so it must not render the reader again (one
  // task over the whole page, which on a phone was long enough to block input).
  const loaded = useRef<Awaited<ReturnType<typeof loadSelection>> | null>(null);
  // Words selected before React took the prerendered view over (a triple click in the first moments) made no mouse-up
  // it heard, nor do a phone's selection handles: once its code is in, the selection is read as it stands and whenever
  // it settles, so the reader is still offered to add them.
  useEffect(() => {
    let stop: (() => void) | null = null;
    const cancel = whenIdle(
      () =>
        void loadSelection().then((module) => {
          loaded.current = module;
          stop ??= module.followWordSelection(article, setSelection);
        }),
    );
    return () => {
      cancel();
      stop?.();
      // Code that comes in after this article was left must not follow the selection for it.
      stop = () => {};
    };
  }, [article]);
  const note = useCallback(() => {
    // Read at once, as the selection stands now; only a selection made before the code came in waits for it.
    if (loaded.current) loaded.current.readWordSelection(article, setSelection);
    else void loadSelection().then((module) => module.readWordSelection(article, setSelection));
  }, [article]);
  const clear = useCallback(() => setSelection(null), []);
  return { selection, note, clear };
}
