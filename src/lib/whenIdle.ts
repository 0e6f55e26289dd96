/**
 * Runs `run` once, when the page is next idle (after the frames it owes and the input it has), or after `timeout`
 * milliseconds at the latest, also where idle callbacks never come (a busy page may starve them). For
 * work a reader does not wait on, so that a click right after the first view is answered before it. Returns a
 * function that cancels it.
 */
export function whenIdle(run: () => void, timeout = 300): () => void {
  // Held here, so that a timer that fires after its page is gone (a test's document torn down) can still cancel.
  const w = window;
  let handle: number | undefined;
  const once = () => {
    cancel();
    run();
  };
  const idles = typeof w.requestIdleCallback === 'function';
  // Without idle callbacks (Safari), after a short wait, as a history write waits there.
  const timer = w.setTimeout(once, idles ? timeout : 50);
  const cancel = () => {
    w.clearTimeout(timer);
    if (handle !== undefined) w.cancelIdleCallback(handle);
  };
  if (idles) handle = w.requestIdleCallback(once, { timeout });
  return cancel;
}
