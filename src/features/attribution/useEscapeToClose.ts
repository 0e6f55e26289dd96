import { useLayoutEffect } from 'react';

/** Calls `onClose` when the reader presses Escape anywhere in the page, for as long as the caller is mounted. */
export function useEscapeToClose(onClose: () => void): void {
  // Listening from the commit on, not after the paint: an Escape pressed as soon as the attribution shows closes it.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);
}
