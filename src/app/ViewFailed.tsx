import { ErrorAlert } from '../ui/ErrorAlert';

/** What the reader gets when a view could not render (AppErrorBoundary); Try again renders it anew. */
export function ViewFailed({ onRetry }: { onRetry: () => void }) {
  return <ErrorAlert message="Something went wrong while showing the article." onRetry={onRetry} />;
}
