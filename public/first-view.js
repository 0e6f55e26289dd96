// Before the first paint: shows the first view built into the page only where it is the page asked for (see src/app/main.tsx).
(function () {
  var html = document.documentElement;
  var on = false;
  // The address a reload came too soon for (src/lib/urlState.ts): only a reload reads it, as a first storage read waits
  // on the browser, and only if it was kept moments ago; an older one is stale and left for the next to overwrite.
  var kept = 'who-said-what:kept-url';
  try {
    if (performance.getEntriesByType('navigation')[0].type == 'reload') {
      var url = JSON.parse(sessionStorage.getItem(kept));
      sessionStorage.removeItem(kept);
      if (url && url[0] == location.href && Date.now() - url[2] < 10000) history.replaceState(null, '', url[1]);
    }
  } catch (e) {}
  try {
    on =
      !location.search && !localStorage.getItem('who-said-what:bundled-article-in-library') && localStorage.getItem('who-said-what:show-all-marks') !== 'true';
  } catch (e) {}
  html.dataset.firstView = on ? 'on' : 'off';
  addEventListener(
    'click',
    function (event) {
      var quote = html.dataset.firstView == 'on' && event.target.closest && event.target.closest('article [role="button"]');
      if (quote) html.dataset.firstViewClick = quote.id;
    },
    true,
  );
})();
