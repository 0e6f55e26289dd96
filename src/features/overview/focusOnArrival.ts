/** How long the reader may take to show the article opened: longer than any library article takes to lay out. */
const WAIT_MS = 10_000;

/**
 * Gives focus to where the overview just took the reader, once the reader shows it: the selected quote of a link to
 * a quote, or else the article's headline (ReaderPage does the same for an article just analysed). As the overview
 * goes, focus would fall to the page's body, where a screen reader says nothing and the next Tab starts at the top.
 * Only while focus is still on the body: a reader who has moved on keeps their place. Back or Forward ends the wait.
 */
export function focusOnArrival(toQuote: boolean): void {
  const selector = toQuote ? 'article [role="button"][aria-pressed="true"]' : '#headline';
  // Held here, so that the timer can still stop after its page is gone (a test's document torn down).
  const w = window;
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    w.removeEventListener('popstate', stop);
  };
  const tryFocus = () => {
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) return;
    stop();
    if (document.activeElement === document.body || document.activeElement === null) target.focus();
  };
  const observer = new MutationObserver(tryFocus);
  const timer = setTimeout(stop, WAIT_MS);
  w.addEventListener('popstate', stop);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-pressed'] });
}
