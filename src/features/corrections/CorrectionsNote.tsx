import { correctionSteps } from '../../core/correctionSteps';
import type { Article } from '../../core/schema';
import { useCorrect } from './useCorrect';

export interface CorrectionsNoteProps {
  article: Article;
  /** Keeps the article as it was before its last correction. */
  onChange: (article: Article) => void;
}

/**
 * Gives focus to the first control after `button`'s note: undoing the last correction takes the note, and its button,
 * away, which would drop the reader's focus to the page's body.
 */
function focusAfter(button: HTMLElement) {
  const note = button.parentElement;
  if (!note) return;
  const controls = document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), select, summary');
  [...controls].find((control) => note.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING && !note.contains(control))?.focus();
}

/**
 * How many corrections the reader made (a new person and the quote given to them are one), and Undo for the last one. It sits in the side column, not above
 * the text, so that a first correction moves no line of the article.
 */
export function CorrectionsNote({ article, onChange }: CorrectionsNoteProps) {
  const correct = useCorrect(onChange);
  const count = correctionSteps(article);
  if (count === 0) return null;
  return (
    <div
      role="status"
      className="mb-6 rounded-xl border border-sky-300 bg-sky-50 p-3 font-sans text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-50"
    >
      <p>
        You corrected this article ({count} {count === 1 ? 'correction' : 'corrections'}); corrections are kept with it in this browser.
      </p>
      <button
        type="button"
        onClick={(event) => {
          if (count === 1) focusAfter(event.currentTarget);
          correct((m) => m.undoStep(article));
        }}
        className="mt-2 min-h-9 rounded-md border border-current px-3 font-semibold"
      >
        Undo last correction
      </button>
    </div>
  );
}
