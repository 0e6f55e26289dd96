import { startTransition, useEffect, useState } from 'react';

/**
 * A value that follows `value` once the frame showing the change has been painted, in a background render
 * that React slices. Like `useDeferredValue`, but the slow render starts only after the paint, so none of its
 * slices delay the frame that answers the reader.
 */
export function usePaintedValue<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setPainted(value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, painted]);
  return painted;
}
