import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from './afterPaint';

/**
 * A value that follows `value` once the frame showing the change has been painted, in a background render
 * that React slices. Like `useDeferredValue`, but the slow render starts only after the paint, so none of its
 * slices delay the frame that answers the reader. With `now`, `value` is taken in the render that has it (as when
 * that frame is painted already, or the value clears what was shown): a render after the paint would only cost
 * the page another render, and where the value changed what it shows, another frame.
 */
export function usePaintedValue<T>(value: T, now = false): T {
  const [painted, setPainted] = useState(value);
  // React's pattern for state that follows props: set while rendering, it is rendered again before anything commits.
  if (now && !Object.is(painted, value)) setPainted(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    return afterPaint(() => startTransition(() => setPainted(value)));
  }, [value, painted]);
  return now ? value : painted;
}
