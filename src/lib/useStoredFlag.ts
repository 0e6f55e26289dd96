import { useCallback, useState } from 'react';

function read(key: string): boolean {
  try {
    return localStorage.getItem(key) === 'true';
  } catch {
    return false;
  }
}

/** A yes/no preference kept in localStorage, so that it outlives a reload; false until set. */
export function useStoredFlag(key: string): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => read(key));
  const set = useCallback(
    (next: boolean) => {
      setOn(next);
      try {
        localStorage.setItem(key, String(next));
      } catch {
        // Storage is off (private mode, a full quota): the choice lasts for this page only.
      }
    },
    [key],
  );
  return [on, set];
}
