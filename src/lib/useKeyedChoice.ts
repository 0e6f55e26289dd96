import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

/**
 * Props for a `<select>` whose every change is kept at once (a correction, counted and saved), so that it changes only
 * when the reader means it. A click or tap, or Enter in the opened list, gives `commit` the choice at once. Arrow keys
 * or typed letters on the closed select (Chromium on Linux and Windows changes its value with each key) only show the
 * option they reach, and Enter or leaving the field gives it: three presses of ArrowDown in Change speaker were three
 * corrections, the quote given to each person in turn. Escape drops a choice not yet given.
 */
export function useKeyedChoice(value: string, commit: (value: string) => void) {
  const [shown, setShown] = useState<string | null>(null);
  // Set by a key on the closed select for the task it runs in: the change it makes comes before that task ends.
  const keyed = useRef(false);
  const settle = () => {
    setShown(null);
    if (shown !== null && shown !== value) commit(shown);
  };
  return {
    value: shown ?? value,
    onKeyDown: (event: KeyboardEvent<HTMLSelectElement>) => {
      if (event.key === 'Escape') setShown(null);
      if (event.key === 'Enter' && shown !== null) {
        event.preventDefault();
        settle();
        return;
      }
      keyed.current = true;
      window.setTimeout(() => (keyed.current = false));
    },
    onChange: (event: ChangeEvent<HTMLSelectElement>) => {
      if (keyed.current) setShown(event.target.value);
      else {
        setShown(null);
        commit(event.target.value);
      }
    },
    onBlur: settle,
  };
}
