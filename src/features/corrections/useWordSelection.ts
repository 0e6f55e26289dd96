import { useCallback, useState } from 'react';
import { findBlock } from '../../core/article';
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
    const read = ({ selectionInBlock, snapToWords, readNowAndOnSettle }: Awaited<ReturnType<typeof loadSelection>>) =>
      readNowAndOnSettle(() => {
        const found = selectionInBlock(document.querySelector('article') ?? document.body);
        const text = found ? findBlock(article, found.blockId)?.block.text : undefined;
        setSelection(found && text !== undefined ? { blockId: found.blockId, ...snapToWords(text, found.start, found.end) } : null);
      });
    // Read at once, as the selection stands now; only a selection made before the code came in waits for it.
    if (loaded) read(loaded);
    else void loadSelection().then(read);
  }, [article, loaded]);
  const clear = useCallback(() => setSelection(null), []);
  return { selection, note, clear };
}
