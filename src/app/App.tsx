import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { pageLoaded } from '../lib/pageLoaded';
import { AppErrorBoundary } from './AppErrorBoundary';
import { ReaderPage } from './ReaderPage';

// The service worker (and workbox-window) is for the next visit, so its code loads after this one's first view.
const NewVersion = lazy(() =>
  pageLoaded()
    .then(() => import('../features/update/NewVersion'))
    // The reader works without it: a chunk that fails to load (no network before any was cached) shows nothing.
    .then(
      (module) => ({ default: module.NewVersion }),
      () => ({ default: () => null }),
    ),
);

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      {/* First in the page, so its Reload button is the first a keyboard reaches. */}
      <Suspense fallback={null}>
        <NewVersion />
      </Suspense>
      <AppErrorBoundary>
        <ReaderPage />
      </AppErrorBoundary>
    </QueryClientProvider>
  );
}
