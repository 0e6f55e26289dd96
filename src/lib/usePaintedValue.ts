import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from './afterPaint';

/**
 * A value that follows `value` once the frame showing the change has been painted, in a background render
 * that React slices. Like `useDeferredValue`, but the slow render starts only after the paint, so none of its
 * slices delay the frame that answers the reader.
 */
export function usePaintedValue<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    return afterPaint(() => startTransition(() => setPainted(value)));
  }, [value, painted]);
  return painted;
}
