/** How long one slice of work may hold the page: well inside a frame. */
const SLICE_MS = 8;

/**
 * Runs `step` (which does a little and says whether all is done) a slice of a few milliseconds at a time between
 * tasks, so that typing and painting never wait for long work; `cancel` stops it where it is.
 */
export function inSlices(step: () => boolean): { done: Promise<void>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = new Promise<void>((resolve) => {
    const slice = () => {
      const start = performance.now();
      while (performance.now() - start < SLICE_MS) {
        if (step()) return resolve();
      }
      timer = setTimeout(slice);
    };
    timer = setTimeout(slice);
  });
  // A cancelled run never settles: whoever waits on it has moved on.
  return { done, cancel: () => clearTimeout(timer) };
}
