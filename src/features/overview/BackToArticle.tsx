import { useId, type MouseEvent } from 'react';
import { isPlainClick } from '../../lib/plainClick';
import { articleHref } from './useOverviewUrl';

export interface BackToArticleProps {
  /** The article the reader had open when they came to the overview (the bundled one when none was named). */
  articleId: string;
  /** Its headline, once it is loaded. */
  headline: string | undefined;
  onOpen: (href: string) => void;
}

/** The way back from the overview to the article the reader came from, with its headline so that they know which. */
export function BackToArticle({ articleId, headline, onOpen }: BackToArticleProps) {
  const headlineId = useId();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onOpen(event.currentTarget.getAttribute('href') ?? '/');
  };
  return (
    <p className="mb-2 font-sans text-sm text-stone-600 dark:text-stone-300">
      <a
        href={articleHref(articleId)}
        onClick={follow}
        aria-describedby={headline ? headlineId : undefined}
        className="inline-flex min-h-11 items-center gap-1.5 font-semibold text-stone-900 dark:text-stone-50"
      >
        <span aria-hidden="true">←</span>
        <span className="underline underline-offset-2">Back to the article</span>
      </a>
      {/* On a phone the headline, which wraps, goes on a line of its own under the link rather than beside its tall box. */}
      {headline && (
        <span id={headlineId} className="max-sm:block">
          <span className="max-sm:hidden"> · </span>
          {headline}
        </span>
      )}
    </p>
  );
}
