import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { findBlock } from '../../core/article';
import { quotedSpeakerIds, speakerChoices } from '../../core/choices';
import type { Article } from '../../core/schema';
import { quoteButtonId } from '../../lib/quoteButtonId';
import type { BlockSelection } from '../../lib/selection';
import { useCorrect } from './useCorrect';

// The form loads when a reader first adds a quote.
const AddQuoteForm = lazy(() => import('./AddQuoteForm').then((module) => ({ default: module.AddQuoteForm })));

export interface AddQuoteControlProps {
  article: Article;
  selection: BlockSelection | null;
  /** Keeps the article with its new quote. */
  onChange: (article: Article) => void;
  onDone: () => void;
}

/** The quote the latest correction added, if it added one. */
const addedQuoteId = (article: Article): string | null => {
  const last = article.corrections?.at(-1);
  return last?.kind === 'add' ? last.quoteId : null;
};

/**
 * Once the article shows the quote just added, its button takes focus: the form gives focus back to the button that
 * opened it, which is gone with the selection, and focus would fall to the page's body, the keyboard's place lost.
 */
function useFocusAdded(article: Article) {
  const added = useRef<string | null>(null);
  useEffect(() => {
    if (added.current === null || addedQuoteId(article) !== added.current) return;
    // A filter that leaves out the quote's speaker shows it as plain text, with no button to focus.
    document.getElementById(quoteButtonId(added.current, 0))?.focus();
    added.current = null;
  }, [article]);
  return (next: Article) => {
    added.current = addedQuoteId(next);
    return next;
  };
}

/** "Add the selected words as a quote" while words are selected, and the form that makes them one. */
export function AddQuoteControl({ article, selection, onChange, onDone }: AddQuoteControlProps) {
  const [adding, setAdding] = useState<BlockSelection | null>(null);
  const correct = useCorrect(onChange);
  const focusAdded = useFocusAdded(article);
  const speakers = useMemo(() => speakerChoices(article), [article]);
  const quoted = useMemo(() => quotedSpeakerIds(article), [article]);
  const block = adding ? findBlock(article, adding.blockId)?.block : undefined;
  // Cancelled, the form gives focus back to its opener, which went with the selection: the words' paragraph takes it
  // (ArticleView's `block-<id>`; a caption has none, and focus stays where the form left it).
  const cancelledIn = useRef<string | null>(null);
  useEffect(() => {
    if (adding || cancelledIn.current === null) return;
    document.getElementById(`block-${cancelledIn.current}`)?.focus();
    cancelledIn.current = null;
  }, [adding]);
  const close = () => {
    setAdding(null);
    onDone();
  };
  const cancel = () => {
    cancelledIn.current = adding?.blockId ?? null;
    close();
  };
  const added = () => {
    close();
    window.getSelection()?.removeAllRanges();
  };
  return (
    <>
      {selection && !adding && (
        <button
          type="button"
          onClick={() => setAdding(selection)}
          className="fixed bottom-4 left-1/2 z-30 min-h-11 -translate-x-1/2 rounded-full bg-stone-900 px-5 font-sans font-semibold text-white shadow-xl dark:bg-stone-100 dark:text-stone-900"
        >
          Add the selected words as a quote
        </button>
      )}
      {adding && block && (
        <Suspense fallback={null}>
          <AddQuoteForm
            block={block}
            start={adding.start}
            end={adding.end}
            speakers={speakers}
            quoted={quoted}
            onClose={cancel}
            onAdd={(kind, speakerId) => {
              correct((m) => focusAdded(m.addQuote(article, adding.blockId, adding.start, adding.end, kind, speakerId)));
              added();
            }}
            onAddNewPerson={(kind, person) => {
              correct((m) =>
                focusAdded(m.withNewPerson(article, person, (a, speakerId) => m.addQuote(a, adding.blockId, adding.start, adding.end, kind, speakerId))),
              );
              added();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
