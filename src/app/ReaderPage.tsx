import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { noteLibraryCopy } from '../api/libraryCopy';
import { useArticle } from '../api/useArticle';
import { useSaveArticle } from '../api/useSaveArticle';
import type { Article } from '../core/schema';
import { afterPaint } from '../lib/afterPaint';
import { LoadingState } from '../ui/LoadingState';
import type { PageNotice } from '../ui/Notice';
import { PageHeader } from './PageHeader';
import { Reader } from './Reader';
import { useReaderPageUrl } from './useReaderUrl';

// Only a failure shows it, so its code loads then.
const ArticleUnavailable = lazy(() => import('./ArticleUnavailable').then((module) => ({ default: module.ArticleUnavailable })));
// Shown only when something happens to the article (it could not be kept), so its code loads then.
const FloatingNotice = lazy(() => import('../ui/Notice').then((module) => ({ default: module.FloatingNotice })));
// A view of its own, loaded when the reader asks for it.
const OverviewPage = lazy(() => import('./OverviewPage').then((module) => ({ default: module.OverviewPage })));

export function ReaderPage() {
  const { articleId, openArticle, overview } = useReaderPageUrl();
  const { data, error, isPending, refetch } = useArticle(articleId);
  // The article renders in a background pass that React slices into short tasks, so the page keeps
  // answering input while a long article is laid out; until then the loading state stays.
  const article = useDeferredValue(data);
  const save = useSaveArticle();
  const [notice, setNotice] = useState<PageNotice | null>(null);

  const keep = useCallback(
    (next: Article, after?: () => void) => {
      save(next, {
        onSuccess: () => {
          // The page's first view, written from the served article, must not show before the reader's own copy.
          noteLibraryCopy(next.id, true);
          after?.();
        },
        onError: (failure) =>
          setNotice({ tone: 'warning', text: `${failure.message} The article stays open for this session, but will be gone after a reload.` }),
      });
    },
    [save],
  );

  // An article just opened takes focus to its headline, which says where the reader now is: the dialog gives focus
  // back to Open article, where nothing would say that the page under it has changed.
  const headlineFor = useRef<string | null>(null);
  useEffect(() => {
    if (article?.id !== headlineFor.current) return;
    headlineFor.current = null;
    document.getElementById('headline')?.focus();
  }, [article]);
  const onOpened = useCallback(
    (opened: Article) => {
      keep(opened);
      // The article open already, opened again (the same text gives the same id), changed nothing on the page: the
      // dialog closed and that was all. The reader is told so, and focus goes to its headline as for another article.
      const again = opened.id === articleId && !overview;
      setNotice(again ? { tone: 'info', text: `“${opened.headline.text}” is already open.` } : null);
      if (again) afterPaint(() => document.getElementById('headline')?.focus());
      else headlineFor.current = opened.id;
      openArticle(opened.id);
    },
    [keep, openArticle, articleId, overview],
  );

  return (
    <div className="min-h-screen">
      {/* Taken over from the page's built-in first view after the article, as the reader's side parts are (Reader). */}
      <Suspense>
        <PageHeader overview={overview} articleId={articleId} onOpened={onOpened} />
      </Suspense>
      <main className="mx-auto max-w-7xl px-4 py-6 sm:px-6 sm:py-10">
        {notice && (
          <Suspense fallback={null}>
            <FloatingNotice notice={notice} onDismiss={() => setNotice(null)} />
          </Suspense>
        )}
        {overview ? (
          <Suspense fallback={null}>
            <OverviewPage articleId={articleId} headline={data?.headline.text} />
          </Suspense>
        ) : isPending || (!error && !article) ? (
          <LoadingState label="Loading the article…" />
        ) : article && data && article.id !== data.id ? (
          // A long article just opened is laid out in the background: the one before it is no longer the page's.
          <LoadingState label="Laying out the article…" />
        ) : error ? (
          <Suspense fallback={<LoadingState label="Loading the article…" />}>
            <ArticleUnavailable articleId={articleId} error={error} onRetry={() => void refetch()} onOpen={openArticle} />
          </Suspense>
        ) : article ? (
          <Reader article={article} onChange={keep} onNotice={setNotice} />
        ) : null}
      </main>
    </div>
  );
}
