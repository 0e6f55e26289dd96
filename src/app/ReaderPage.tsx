import { ArticleLoadError } from '../api/fetchArticle';
import { useArticle } from '../api/useArticle';
import { ErrorAlert } from '../ui/ErrorAlert';
import { LoadingState } from '../ui/LoadingState';
import { Reader } from './Reader';
import { useReaderUrl } from './useReaderUrl';

export function ReaderPage() {
  const { articleId } = useReaderUrl();
  const { data: article, error, isPending, refetch } = useArticle(articleId);
  return (
    <div className="min-h-screen">
      <header className="border-b border-stone-200 bg-white/80 font-sans dark:border-stone-800 dark:bg-stone-900/80">
        <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-3 sm:px-6">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <p className="text-lg font-bold tracking-tight">Who said what</p>
          <p className="hidden text-sm text-stone-600 sm:block dark:text-stone-400">every quote, and whose it is</p>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-6 sm:px-6 sm:py-10">
        {isPending ? (
          <LoadingState label="Loading the article…" />
        ) : error ? (
          <ErrorAlert
            message={error instanceof ArticleLoadError ? error.message : 'The article could not be shown because of an unexpected error.'}
            problems={error instanceof ArticleLoadError ? error.problems : []}
            onRetry={() => void refetch()}
          />
        ) : (
          <Reader article={article} />
        )}
      </main>
    </div>
  );
}
