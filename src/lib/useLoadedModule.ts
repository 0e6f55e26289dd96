import { useEffect, useState } from 'react';
import { whenIdle } from './whenIdle';

/**
 * A module loaded once the first view is painted and the page idle, or null until it is: for code a reader needs soon but not for the
 * first view (the attribution opens on a click). Unlike `React.lazy` nothing suspends, so once the module is
 * in, the first use renders in the same frame as the click.
 */
export function useLoadedModule<T>(load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    // After the first paint, not before it: the text comes first, and a click right away is answered first.
    const cancel = whenIdle(() => void load().then((module) => live && setLoaded(() => module)));
    return () => {
      live = false;
      cancel();
    };
  }, [load]);
  return loaded;
}
