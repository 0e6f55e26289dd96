// Before the first paint: shows the first view built into the page only where it is the page asked for (see src/app/main.tsx).
(function () {
  var html = document.documentElement;
  var on = false;
  try {
    // The address a reload came too soon for (src/lib/urlState.ts).
    var kept = JSON.parse(sessionStorage.getItem('who-said-what:kept-url'));
    sessionStorage.removeItem('who-said-what:kept-url');
    if (kept && kept[0] == location.href && performance.getEntriesByType('navigation')[0].type == 'reload') history.replaceState(null, '', kept[1]);
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
