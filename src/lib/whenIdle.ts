/**
 * Runs `run` when the page is next idle (after the frames it owes and the input it has), or after `timeout`
 * milliseconds at the latest. For work a reader does not wait on, so that a click right after the first view is
 * answered before it. Browsers without idle callbacks (Safari) run it after a short timeout. Returns a function
 * that cancels it.
 */
export function whenIdle(run: () => void, timeout = 300): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(run, 50);
  return () => window.clearTimeout(timer);
}
