import { lazy, Suspense, useMemo, useState } from 'react';
import { findBlock } from '../../core/article';
import { speakerChoices } from '../../core/choices';
import type { Article } from '../../core/schema';
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

/** "Add the selected words as a quote" while words are selected, and the form that makes them one. */
export function AddQuoteControl({ article, selection, onChange, onDone }: AddQuoteControlProps) {
  const [adding, setAdding] = useState<BlockSelection | null>(null);
  const correct = useCorrect(onChange);
  const speakers = useMemo(() => speakerChoices(article), [article]);
  const block = adding ? findBlock(article, adding.blockId)?.block : undefined;
  const close = () => {
    setAdding(null);
    onDone();
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
            onClose={close}
            onAdd={(kind, speakerId) => {
              correct((m) => m.addQuote(article, adding.blockId, adding.start, adding.end, kind, speakerId));
              added();
            }}
            onAddNewPerson={(kind, person) => {
              correct((m) => m.withNewPerson(article, person, (a, speakerId) => m.addQuote(a, adding.blockId, adding.start, adding.end, kind, speakerId)));
              added();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
