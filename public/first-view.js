// Before the first paint: shows the first view built into the page only where it is the page asked for (see src/app/main.tsx).
// A block rather than a function: its names stay its own.
{
  const data = document.documentElement.dataset;
  let on = false;
  // The address a reload came too soon for (src/lib/urlState.ts): only a reload reads it, as a first storage read waits
  // on the browser, and only if it was kept moments ago; an older one is stale and left for the next to overwrite.
  const kept = 'who-said-what:kept-url';
  try {
    if (performance.getEntriesByType('navigation')[0].type == 'reload') {
      const url = JSON.parse(sessionStorage.getItem(kept));
      sessionStorage.removeItem(kept);
      if (url && url[0] == location.href && Date.now() - url[2] < 10000) history.replaceState(null, '', url[1]);
    }
  } catch (e) {}
  try {
    on =
      !location.search && !localStorage.getItem('who-said-what:bundled-article-in-library') && localStorage.getItem('who-said-what:show-all-marks') != 'true';
  } catch (e) {}
  data.firstView = on ? 'on' : 'off';
  // What the reader does before the page's code has taken over is queued for src/app/replayInput.ts to do again, in
  // order: a quote clicked in the first view before React listens (src/app/main.tsx then says `hydrating`, and React
  // answers a click itself), a reading bar's button clicked before its code listens, and (on a phone as slow to start as its reader is quick) `j` / `k`, and Enter or Space on a
  // focused quote. Keys are kept from the page until the queue has been replayed and the reading keys listen, so that
  // none is answered before those pressed earlier, nor twice, nor lost; a replayed key is no reader's (not trusted) and
  // goes on.
  const quoteAt = (target) => target.closest('article [role="button"]');
  const queue = (entry) => (data.firstViewQueue = (data.firstViewQueue || '') + ' ' + entry);
  addEventListener(
    'click',
    (event) => {
      const quote = data.firstView == 'on' && quoteAt(event.target);
      if (quote) queue(quote.id);
      // The reading bar's buttons (Next quote, …) come alive only with their own code, after React has the text
      // (src/features/reading/ReadingBar.tsx): until they listen, a click on one is queued too, not lost.
      const step = data.firstView != 'live' && !data.readingKeys && event.target.closest?.('.reading-bar button');
      if (step) {
        event.preventDefault();
        event.stopImmediatePropagation();
        queue(step.id);
      }
    },
    true,
  );
  addEventListener(
    'keydown',
    (event) => {
      const key = event.key;
      const entry =
        event.isTrusted &&
        data.firstView != 'live' &&
        !(event.ctrlKey || event.metaKey || event.altKey) &&
        // A letter typed into a field stays a letter there (as src/features/reading/useReadingKeys.ts has it): while the
        // queue waits for the reading keys to listen, the page may show one (the library overview's search).
        (key == 'j' || key == 'k'
          ? !event.target.closest('input:not([type=checkbox]),textarea,select,[contenteditable]') && key
          : (key == 'Enter' || key == ' ') && quoteAt(event.target)?.id);
      if (entry) {
        event.preventDefault();
        event.stopImmediatePropagation();
        queue(entry);
      }
    },
    true,
  );
}
