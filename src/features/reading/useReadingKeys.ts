import { useEffect } from 'react';

/** Whether a typed letter belongs to a field the reader is writing in (a checkbox or radio takes no letters). */
function isTextField(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return target.type !== 'checkbox' && target.type !== 'radio';
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('textarea, select') !== null);
}

/**
 * `j` steps to the next quote and `k` to the previous one, as in mail and feed readers; each is given the element that
 * had focus, so that a reader who tabbed to a quote steps on from there. A letter typed into a field, one held with a
 * modifier, or one pressed while a modal dialog covers the page stays what it was.
 */
export function useReadingKeys(onNext: (focused: EventTarget | null) => void, onPrevious: (focused: EventTarget | null) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const step = event.key === 'j' ? onNext : event.key === 'k' ? onPrevious : null;
      if (!step || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (isTextField(event.target) || document.querySelector('dialog:modal')) return;
      event.preventDefault();
      step(event.target);
    };
    document.addEventListener('keydown', onKeyDown);
    // Tells the page's start (src/app/main.tsx), which queues these keys until they first listen: only its first moments
    // read it, so it stays once said.
    document.documentElement.dataset.readingKeys = 'on';
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onNext, onPrevious]);
}
