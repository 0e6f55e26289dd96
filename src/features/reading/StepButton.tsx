import type { ReactNode } from 'react';

export interface StepButtonProps {
  /** Names the button for public/first-view.js, which queues a click on it made before its code is in, and src/app/replayInput.ts, which clicks it again then. */
  id: string;
  /** The button's name; what it shows is shorter, so that three buttons fit in a row on a phone, and is part of the name. */
  label: string;
  children: ReactNode;
  /** The letter that does the same, shown beside the label on a wide screen. */
  shortcut?: string;
  onClick: () => void;
}

export function StepButton({ id, label, children, shortcut, onClick }: StepButtonProps) {
  return (
    <button
      id={id}
      type="button"
      onClick={onClick}
      aria-label={label}
      aria-keyshortcuts={shortcut}
      className="inline-flex min-h-11 grow items-center justify-center gap-1.5 rounded-lg border border-stone-300 bg-white px-3 font-medium whitespace-nowrap hover:bg-stone-100 sm:grow-0 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800"
    >
      {children}
      {shortcut && (
        <kbd
          aria-hidden="true"
          className="hidden rounded border border-stone-300 px-1 font-mono text-xs text-stone-600 lg:inline dark:border-stone-600 dark:text-stone-300"
        >
          {shortcut}
        </kbd>
      )}
    </button>
  );
}
