import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { pageLoaded } from '../lib/pageLoaded';
import { useLoadedModule } from '../lib/useLoadedModule';
import { AppErrorBoundary } from './AppErrorBoundary';
import { ReaderPage } from './ReaderPage';

// The service worker (and workbox-window) is for the next visit, so its code loads after this one's first view.
// The reader works without it: a chunk that fails to load (no network before any was cached) shows nothing.
// Not React.lazy: a suspending component would not match the first view the build writes into the page.
const loadNewVersion = () =>
  pageLoaded()
    .then(() => import('../features/update/NewVersion'))
    .catch(() => null);

export interface AppProps {
  /** The query cache, when the page's code filled it before rendering (the first view's article). */
  queryClient?: QueryClient;
  /** Called once the page is live, as when React has taken over the first view. */
  onLive?: () => void;
}

export function App({ queryClient: given, onLive }: AppProps) {
  const [queryClient] = useState(() => given ?? new QueryClient());
  useEffect(() => onLive?.(), [onLive]);
  const NewVersion = useLoadedModule(loadNewVersion)?.NewVersion;
  return (
    <QueryClientProvider client={queryClient}>
      {/* First in the page, so its Reload button is the first a keyboard reaches. */}
      {NewVersion && <NewVersion />}
      <AppErrorBoundary>
        <ReaderPage />
      </AppErrorBoundary>
    </QueryClientProvider>
  );
}
