import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { AppErrorBoundary } from './AppErrorBoundary';
import { NewVersionWhenLoaded } from './NewVersionWhenLoaded';
import { ReaderPage } from './ReaderPage';

export interface AppProps {
  /** The query cache, when the page's code filled it before rendering (the first view's article). */
  queryClient?: QueryClient;
  /** Called once the page is live, as when React has taken over the first view. */
  onLive?: () => void;
}

export function App({ queryClient: given, onLive }: AppProps) {
  const [queryClient] = useState(() => given ?? new QueryClient());
  useEffect(() => onLive?.(), [onLive]);
  return (
    <QueryClientProvider client={queryClient}>
      {/* First in the page, so its Reload button is the first a keyboard reaches. */}
      <NewVersionWhenLoaded />
      <AppErrorBoundary>
        <ReaderPage />
      </AppErrorBoundary>
    </QueryClientProvider>
  );
}
