import { useEffect, useState } from 'react';
import { afterPaint } from '../../lib/afterPaint';

/**
 * True once `ready` has held through a painted frame: work that can follow the first view (reading the quotes'
 * words) starts then, so that the first view never waits for it.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    return afterPaint(() => setPainted(true));
  }, [ready, painted]);
  return painted;
}
