import { useCallback, useState } from 'react';
import { findBlock } from '../../core/article';
import type { Article } from '../../core/schema';
import { snapToWords } from '../../core/words';
import type { BlockSelection } from '../../lib/selection';

// Reading the selection's offsets is needed only once a reader selects something: its code loads then.
const selectionModule = () => import('../../lib/selection');

/**
 * The words a reader has selected in one block of the article, snapped to whole words, and `note` to call
 * when the selection may have changed (mouse up, key up); null when nothing, or more than one block, is selected.
 */
export function useWordSelection(article: Article) {
  const [selection, setSelection] = useState<BlockSelection | null>(null);
  const note = useCallback(() => {
    // Nothing selected (a plain click or key): no need to load anything.
    const current = window.getSelection();
    if (!current || current.isCollapsed) return setSelection(null);
    void selectionModule().then(({ selectionInBlock }) => {
      const found = selectionInBlock(document.querySelector('article') ?? document.body);
      const text = found ? findBlock(article, found.blockId)?.block.text : undefined;
      if (!found || text === undefined) return setSelection(null);
      setSelection({ blockId: found.blockId, ...snapToWords(text, found.start, found.end) });
    });
  }, [article]);
  const clear = useCallback(() => setSelection(null), []);
  return { selection, note, clear };
}
