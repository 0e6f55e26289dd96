import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { AppErrorBoundary } from './AppErrorBoundary';
import { ReaderPage } from './ReaderPage';

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <AppErrorBoundary>
        <ReaderPage />
      </AppErrorBoundary>
    </QueryClientProvider>
  );
}
