import { memo, useState, type MouseEvent } from 'react';
import type { MostQuoted as MostQuotedEntry } from '../../core/libraryOverview';
import { isPlainClick } from '../../lib/plainClick';
import { Panel } from '../../ui/Panel';
import { count } from './labels';
import { articleHref, type Figure } from './useOverviewUrl';

export interface MostQuotedProps {
  entries: ReadonlyArray<MostQuotedEntry>;
  shown: Figure | null;
  onShow: (figure: Figure | null) => void;
  onOpen: (href: string) => void;
}

const FIRST = 10;
const ARTICLES_SHOWN = 3;

/** The people and organisations quoted most across the library, with their quotes (a button that lists them) and their articles. */
export const MostQuoted = memo(function MostQuoted({ entries, shown, onShow, onOpen }: MostQuotedProps) {
  const [all, setAll] = useState(false);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onOpen(event.currentTarget.getAttribute('href') ?? '/');
  };
  return (
    <Panel title="Most quoted">
      {entries.length === 0 ? (
        <p className="font-sans text-sm text-stone-600 dark:text-stone-400">Nobody is quoted in these articles.</p>
      ) : (
        <ol className="space-y-3 font-sans text-sm">
          {(all ? entries : entries.slice(0, FIRST)).map(({ speaker, quotes, articles }) => {
            const pressed = shown?.dimension === 'speaker' && shown.value === speaker.key;
            return (
              <li key={speaker.key}>
                <button
                  type="button"
                  aria-pressed={pressed}
                  onClick={() => onShow(pressed ? null : { dimension: 'speaker', value: speaker.key })}
                  className="flex w-full justify-between gap-2 rounded-lg px-2 py-1.5 text-left hover:bg-stone-100 aria-pressed:bg-stone-100 dark:hover:bg-stone-800 dark:aria-pressed:bg-stone-800"
                >
                  <span className="font-medium">
                    {speaker.name}
                    {speaker.type === 'organization' && <span className="font-normal text-stone-600 dark:text-stone-400"> (organisation)</span>}
                    <span className="sr-only">:</span>
                  </span>
                  <span className="shrink-0 tabular-nums text-stone-700 dark:text-stone-300">{count(quotes, 'quote')}</span>
                </button>
                <p className="px-2 text-xs text-stone-600 dark:text-stone-400">
                  In{' '}
                  {articles.slice(0, ARTICLES_SHOWN).map((article, i) => (
                    <span key={article.id}>
                      {i > 0 && '; '}
                      <a href={articleHref(article.id)} onClick={follow} className="underline underline-offset-2">
                        {article.headline}
                      </a>
                    </span>
                  ))}
                  {articles.length > ARTICLES_SHOWN && ` and ${count(articles.length - ARTICLES_SHOWN, 'more article')}`}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {entries.length > FIRST && (
        <button
          type="button"
          onClick={() => setAll(!all)}
          className="mt-3 min-h-9 rounded-md border border-stone-300 px-3 font-sans text-sm dark:border-stone-700"
        >
          {all ? `Show the first ${FIRST}` : `Show all ${entries.length.toLocaleString('en-GB')}`}
        </button>
      )}
    </Panel>
  );
});
