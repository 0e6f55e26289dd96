import { useCallback, useState } from 'react';
import type { Article } from '../../core/schema';
import type { BlockSelection } from '../../lib/selection';
import { useLoadedModule } from '../../lib/useLoadedModule';

// Reading a selection's offsets is not needed for the first view: its code comes in right after it.
const loadSelection = () => import('../../lib/selection');

/**
 * The words a reader has selected in one block of the article, snapped to whole words, and `note` to call
 * when the selection may have changed (mouse up, key up); null when nothing, or more than one block, is selected.
 */
export function useWordSelection(article: Article) {
  const [selection, setSelection] = useState<BlockSelection | null>(null);
  const loaded = useLoadedModule(loadSelection);
  const note = useCallback(() => {
    // Read at once, as the selection stands now; only a selection made before the code came in waits for it.
    if (loaded) loaded.readWordSelection(article, setSelection);
    else void loadSelection().then((module) => module.readWordSelection(article, setSelection));
  }, [article, loaded]);
  const clear = useCallback(() => setSelection(null), []);
  return { selection, note, clear };
}
