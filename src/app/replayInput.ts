import { afterPaint } from '../lib/afterPaint';

/** How long a replayed `j` or `k` waits for the reading keys to listen: they come with a part React takes over later. */
const KEYS_PATIENCE_MS = 10_000;

const html = document.documentElement;

/**
 * What the reader did while the page's first view had no code yet, as public/first-view.js queued it (quote button ids,
 * `j` and `k`), done again in order and a frame apart, so that each step starts where the last one left the reader: a
 * quote clicked, or given Enter or Space, is clicked, and `j` / `k` are pressed again. A key that nothing took yet
 * (useReadingKeys takes it) is tried again on the next frame, until the reading keys listen; and the page is live only
 * once they do, so that no key pressed meanwhile is lost.
 */
export function replayInput(until = performance.now() + KEYS_PATIENCE_MS): void {
  const [entry, ...rest] = (html.dataset.firstViewQueue ?? '').split(' ').filter(Boolean);
  if (!entry) {
    // Keys pressed before the reading keys listen are queued behind the replay, so it waits for them.
    if (!html.dataset.readingKeys && performance.now() < until) {
      afterPaint(() => replayInput(until));
      return;
    }
    delete html.dataset.firstViewQueue;
    html.dataset.firstView = 'live';
    return;
  }
  if (entry === 'j' || entry === 'k') {
    const key = new KeyboardEvent('keydown', { key: entry, bubbles: true, cancelable: true });
    document.dispatchEvent(key);
    if (!key.defaultPrevented && performance.now() < until) {
      afterPaint(() => replayInput(until));
      return;
    }
  } else document.getElementById(entry)?.click();
  html.dataset.firstViewQueue = rest.join(' ');
  afterPaint(() => replayInput(until));
}
