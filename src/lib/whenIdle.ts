/**
 * Runs `run` once, when the page is next idle (after the frames it owes and the input it has), or after `timeout`
 * milliseconds at the latest, also where idle callbacks never come (a busy page may starve them). For
 * work a reader does not wait on, so that a click right after the first view is answered before it. Returns a
 * function that cancels it.
 */
export function whenIdle(run: () => void, timeout = 300): () => void {
  let handle: number | undefined;
  const once = () => {
    cancel();
    run();
  };
  const idles = typeof window.requestIdleCallback === 'function';
  // Without idle callbacks (Safari), after a short wait, as a history write waits there.
  const timer = window.setTimeout(once, idles ? timeout : 50);
  const cancel = () => {
    window.clearTimeout(timer);
    if (handle !== undefined) window.cancelIdleCallback(handle);
  };
  if (idles) handle = window.requestIdleCallback(once, { timeout });
  return cancel;
}
