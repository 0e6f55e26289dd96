import { pageLoaded } from '../lib/pageLoaded';
import { useLoadedModule } from '../lib/useLoadedModule';

// The service worker (and workbox-window) is for the next visit, so its code loads after this one's first view.
// The reader works without it: a chunk that fails to load (no network before any was cached) shows nothing.
// Not React.lazy: a suspending component would not match the first view the build writes into the page.
const loadNewVersion = () =>
  pageLoaded()
    .then(() => import('../features/update/NewVersion'))
    .catch(() => null);

/**
 * The new-version notice, once its code is in. Its own component, so that the code's arrival renders only this
 * slot: held in App, it rendered the whole page again in one task, on a phone long enough to block input.
 */
export function NewVersionWhenLoaded() {
  const NewVersion = useLoadedModule(loadNewVersion)?.NewVersion;
  return NewVersion ? <NewVersion /> : null;
}
