import { memo, useEffect, useRef, useState, type MouseEvent } from 'react';
import type { LibraryQuote } from '../../core/libraryOverview';
import { isPlainClick } from '../../lib/plainClick';
import { count, dateLabel } from './labels';
import { articleHref } from './useOverviewUrl';

export interface QuoteResultsProps {
  quotes: ReadonlyArray<LibraryQuote>;
  onOpen: (href: string) => void;
}

const PAGE = 20;

/** Quotes, each a link to its article with the quote selected; a long list shows a page at a time. */
export const QuoteResults = memo(function QuoteResults({ quotes, onOpen }: QuoteResultsProps) {
  const [shown, setShown] = useState({ of: quotes, limit: PAGE });
  // A new list starts again at its first page (React's pattern for state that follows props).
  if (shown.of !== quotes) setShown({ of: quotes, limit: PAGE });
  const { limit } = shown;
  // Show more hands focus to the first quote it shows: the button moves below them, or goes once all are shown, which
  // dropped the reader's focus to the page's body.
  const list = useRef<HTMLUListElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    if (firstNew.current === null) return;
    list.current?.querySelectorAll('a')[firstNew.current]?.focus();
    firstNew.current = null;
  }, [limit]);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onOpen(event.currentTarget.getAttribute('href') ?? '/');
  };
  return (
    <>
      <p role="status" className="mb-2 font-sans text-sm text-stone-600 dark:text-stone-400">
        {quotes.length === 0
          ? 'No quote found.'
          : quotes.length > limit
            ? `${count(quotes.length, 'quote')}, the first ${limit.toLocaleString('en-GB')} shown.`
            : `${count(quotes.length, 'quote')}.`}
      </p>
      {quotes.length > 0 && (
        <ul ref={list} aria-label="Quotes found" className="space-y-1">
          {quotes.slice(0, limit).map((quote) => (
            <li key={`${quote.article.id} ${quote.id}`}>
              <a
                href={articleHref(quote.article.id, quote.link)}
                onClick={follow}
                className="block rounded-lg px-2 py-2 hover:bg-stone-100 dark:hover:bg-stone-800"
              >
                <span className="line-clamp-3 block">{quote.kind === 'direct' ? `“${quote.text}”` : quote.text}</span>
                <span className="mt-1 block font-sans text-xs text-stone-600 dark:text-stone-400">
                  <span className="font-semibold text-stone-800 dark:text-stone-200">{quote.speaker?.name ?? 'Speaker unknown'}</span>
                  {' · '}
                  {quote.article.headline}
                  {quote.article.publishedOn && (
                    <>
                      {' · '}
                      <time dateTime={quote.article.publishedOn}>{dateLabel(quote.article.publishedOn)}</time>
                    </>
                  )}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {quotes.length > limit && (
        <button
          type="button"
          onClick={() => {
            firstNew.current = limit;
            setShown({ of: quotes, limit: limit + PAGE });
          }}
          className="mt-3 min-h-9 rounded-md border border-stone-300 px-3 font-sans text-sm dark:border-stone-700"
        >
          Show {Math.min(PAGE, quotes.length - limit)} more
        </button>
      )}
    </>
  );
});
