import type { Article } from '../core/schema';
import { OpenArticle } from '../features/open/OpenArticle';
import { BUNDLED_ARTICLE_ID } from './useReaderUrl';

/**
 * The header's link to the overview: a plain link, as the overview is a page of its own and the first load carries
 * no code for it. Marked while the overview is open, so that the header says where the reader is. It names the
 * article open, for the overview's way back to it.
 */
function OverviewLink({ current, articleId }: { current: boolean; articleId: string }) {
  return (
    <a
      href={`?view=overview${articleId === BUNDLED_ARTICLE_ID ? '' : `&article=${encodeURIComponent(articleId)}`}`}
      aria-current={current ? 'page' : undefined}
      className="rounded-lg px-2 py-2 text-sm font-semibold hover:bg-stone-100 aria-[current=page]:bg-stone-100 dark:hover:bg-stone-800 dark:aria-[current=page]:bg-stone-800"
    >
      Library overview
    </a>
  );
}

export interface PageHeaderProps {
  /** Whether the Library overview is the page open. */
  overview: boolean;
  /** The article open, or the one the overview was opened from. */
  articleId: string;
  onOpened: (article: Article) => void;
}

/** The page's header: the name and home link, the Library overview link and Open article. */
export function PageHeader({ overview, articleId, onOpened }: PageHeaderProps) {
  return (
    <header className="border-b border-stone-200 bg-white/80 font-sans dark:border-stone-800 dark:bg-stone-900/80">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 px-4 py-3 sm:px-6">
        <a href="/" className="flex items-center gap-3 rounded-lg">
          {/* The favicon drawn as a PNG (scripts/make-icons.mjs): as an SVG image it would load a document of its own before the first paint. */}
          <img src="/logo-84x84.png" alt="" width="28" height="28" />
          {/* A phone's header keeps to one line: the logo stands for the name there, which stays its link's name. */}
          <span className="text-lg font-bold tracking-tight max-sm:sr-only">Who said what</span>
        </a>
        <p className="hidden text-sm text-stone-600 md:block dark:text-stone-400">every quote, and whose it is</p>
        <div className="ml-auto flex flex-wrap items-center justify-end gap-3">
          <OverviewLink current={overview} articleId={articleId} />
          <OpenArticle onOpened={onOpened} />
        </div>
      </div>
    </header>
  );
}
