import { ArticleLoadError } from '../api/fetchArticle';
import { useLibrary } from '../api/useLibrary';
import { LibraryLinks } from '../features/library/LibraryLinks';
import { ErrorAlert } from '../ui/ErrorAlert';
import { BUNDLED_ARTICLE_ID } from './useReaderUrl';

export interface ArticleUnavailableProps {
  articleId: string;
  error: unknown;
  onRetry: () => void;
  onOpen: (id: string) => void;
}

/** Why the article asked for cannot be shown, with Try again and the articles that can be. */
export function ArticleUnavailable({ articleId, error, onRetry, onOpen }: ArticleUnavailableProps) {
  const library = useLibrary();
  const elsewhere = articleId !== BUNDLED_ARTICLE_ID;
  return (
    <>
      <ErrorAlert
        message={error instanceof ArticleLoadError ? error.message : 'The article could not be shown because of an unexpected error.'}
        problems={error instanceof ArticleLoadError ? error.problems : []}
        onRetry={onRetry}
      >
        {elsewhere && (
          <button
            type="button"
            onClick={() => onOpen(BUNDLED_ARTICLE_ID)}
            className="rounded-lg border border-red-700 px-4 py-2 font-semibold text-red-900 hover:bg-red-100 dark:border-red-200 dark:text-red-50 dark:hover:bg-red-900"
          >
            Open the bundled article
          </button>
        )}
      </ErrorAlert>
      {elsewhere && <LibraryLinks entries={(library.data ?? []).filter((entry) => entry.id !== articleId && entry.id !== BUNDLED_ARTICLE_ID)} />}
    </>
  );
}
