import { afterPaint } from '../lib/afterPaint';

/** How long a replayed `j` or `k` waits for the reading keys to listen: they come with a part React takes over later. */
const KEYS_PATIENCE_MS = 10_000;

const html = document.documentElement;

/**
 * Whether the reading keys are still to come: the article is loading (src/ui/LoadingState.tsx), or it has quotes and its
 * reading bar is not yet there (rendered by the page's code, it comes with its own) or shown but not yet taken over. A
 * view that settled without one (an article with no quotes, the library overview, a failure) never listens for them,
 * and a key held for it would be answered by the next article opened instead.
 */
const keysToCome = () => !html.dataset.readingKeys && document.querySelector('[data-loading], [aria-keyshortcuts="j"], article [role="button"]') !== null;

/**
 * What the reader did while the page's first view had no code yet, as public/first-view.js queued it (quote button ids,
 * the reading bar's button ids, `j` and `k`), done again in order and a frame apart, so that each step starts where the
 * last one left the reader: a quote clicked, or given Enter or Space, is clicked, and so is a reading bar's button, and
 * `j` / `k` are pressed again. A key that nothing took yet (useReadingKeys takes it), or a reading bar's button whose
 * code is not in yet, is tried again on the next frame while the reading keys are still to come; and the page is
 * live only once they listen, or the view has none, so that no key pressed meanwhile is lost.
 */
export function replayInput(until = performance.now() + KEYS_PATIENCE_MS): void {
  const [entry, ...rest] = (html.dataset.firstViewQueue ?? '').split(' ').filter(Boolean);
  if (!entry) {
    // Keys pressed before the reading keys listen are queued behind the replay, so it waits for them.
    if (keysToCome() && performance.now() < until) {
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
    if (!key.defaultPrevented && keysToCome() && performance.now() < until) {
      afterPaint(() => replayInput(until));
      return;
    }
  } else {
    const target = document.getElementById(entry);
    // A reading bar's button (public/first-view.js queued a click on it) is clicked once its code listens, as its keys are.
    if (target?.closest('.reading-bar') && keysToCome() && performance.now() < until) {
      afterPaint(() => replayInput(until));
      return;
    }
    target?.click();
  }
  html.dataset.firstViewQueue = rest.join(' ');
  afterPaint(() => replayInput(until));
}
