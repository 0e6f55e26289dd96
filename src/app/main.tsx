import { QueryClient } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { firstViewArticle, followFirstView } from '../api/firstView';
import { BUNDLED_ARTICLE_ID } from '../api/bundledArticle';
import { articleQuery } from '../api/useArticle';
import type { Article } from '../core/schema';
import { loadReadingControls } from '../features/reading/ReadingBar';
import { whenIdle } from '../lib/whenIdle';
import { App } from './App';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const page = document.documentElement.dataset;
const queryClient = new QueryClient();
// The build writes the bundled article's first view into the page, with the article and its file's fingerprint
// (vite.config.ts), and public/first-view.js hides it before the first paint where it is not the page asked for.
const fingerprint = root.dataset.firstView;

/**
 * Once React has the page, what the reader did while the first view had no code yet (public/first-view.js queued it) is
 * done again, with code that loads only then; until it is done, keys pressed go on being queued behind it. The reading
 * bar's code comes after the first load's (src/features/reading/ReadingBar.tsx), so `j` and `k` (and a click on the
 * first view's bar) go on being queued until its keys listen (`data-reading-keys`, src/features/reading/useReadingKeys.ts).
 */
function goLive() {
  const queued = page.firstViewQueue || !page.readingKeys;
  page.firstView = queued ? 'replaying' : 'live';
  if (queued)
    import('./replayInput').then(
      (module) => module.replayInput(),
      // No code: the queued input is lost, as before the page had any.
      () => (page.firstView = 'live'),
    );
}

const app = (onLive: () => void) => (
  <StrictMode>
    <App queryClient={queryClient} onLive={onLive} />
  </StrictMode>
);

/**
 * Once React has the first view: what the reader did before is done again, and once the page is next idle the server is
 * asked whether its article is still the one the view was built from, and the library for a copy of the article that
 * the reader corrected (loading its code and opening the database wait until the page answers).
 */
function afterHydration() {
  goLive();
  whenIdle(() => {
    if (fingerprint) followFirstView(queryClient, fingerprint);
  });
}

/** React takes over the first view the page carries, or renders the page itself. */
const start = (article: Article | null) => {
  if (article) {
    queryClient.setQueryData(articleQuery(BUNDLED_ARTICLE_ID).queryKey, article);
    // As a transition React takes the view over in slices of a few milliseconds, yielding to the page between them, rather
    // than in one task that held the main thread ~100 ms on a phone; a click meanwhile still hydrates its quote at once.
    // From here React answers a click on the view itself: public/first-view.js queues clicks only before.
    page.firstView = 'hydrating';
    startTransition(() => {
      hydrateRoot(root, app(afterHydration));
    });
  } else {
    delete root.dataset.firstView;
    root.replaceChildren();
    createRoot(root).render(app(goLive));
  }
};

// The reading bar's code is not in the first load: asked for now, it comes while React takes the text over, before the bar.
void loadReadingControls();

// In a task of its own, after the one that evaluates the page's modules (React's own take most of it): together they
// were one task of ~80 ms on a 4x-throttled phone, which counts towards its Total Blocking Time.
setTimeout(() => start(fingerprint && page.firstView === 'on' ? firstViewArticle() : null));
