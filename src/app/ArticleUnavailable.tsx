import { ArticleLoadError } from '../api/fetchArticle';
import { useLibrary } from '../api/useLibrary';
import { LibraryLinks } from '../features/library/LibraryLinks';
import { ErrorAlert, LEADING } from '../ui/ErrorAlert';
import { BUNDLED_ARTICLE_ID } from './useReaderUrl';

/** A link to an article opened in another browser leads nowhere here: what the reader who got it can do. */
const SHARED_LINK =
  'An article someone else opened stays in their browser: ask them for its file (Export, Download article JSON) and open it here with Open article.';

const FOLLOWING =
  'rounded-lg border border-red-700 px-4 py-2 font-semibold text-red-900 hover:bg-red-100 dark:border-red-200 dark:text-red-50 dark:hover:bg-red-900';

export interface ArticleUnavailableProps {
  articleId: string;
  error: unknown;
  onRetry: () => void;
  onOpen: (id: string) => void;
}

/**
 * Why the article asked for cannot be shown, with the articles that can be. Try again leads where the article
 * failed to load; where there is no such article, trying again cannot help: the bundled article leads, with the
 * library's articles below, and Try again comes last.
 */
export function ArticleUnavailable({ articleId, error, onRetry, onOpen }: ArticleUnavailableProps) {
  const library = useLibrary();
  const elsewhere = articleId !== BUNDLED_ARTICLE_ID;
  const missing = elsewhere && error instanceof ArticleLoadError && error.missing;
  return (
    <>
      <ErrorAlert
        message={error instanceof ArticleLoadError ? error.message : 'The article could not be shown because of an unexpected error.'}
        problems={error instanceof ArticleLoadError ? [...error.problems, ...(missing ? [SHARED_LINK] : [])] : []}
        onRetry={missing ? undefined : onRetry}
      >
        {elsewhere && (
          <button type="button" onClick={() => onOpen(BUNDLED_ARTICLE_ID)} className={missing ? LEADING : FOLLOWING}>
            Open the bundled article
          </button>
        )}
        {missing && (
          <button type="button" onClick={onRetry} className={FOLLOWING}>
            Try again
          </button>
        )}
      </ErrorAlert>
      {elsewhere && <LibraryLinks entries={(library.data ?? []).filter((entry) => entry.id !== articleId && entry.id !== BUNDLED_ARTICLE_ID)} />}
    </>
  );
}
