import { memo, useMemo } from 'react';
import type { Article } from '../../core/schema';
import { timeline } from '../../core/timeline';
import { Panel } from '../../ui/Panel';
import { TimelineQuotes } from './TimelineQuotes';

export interface TimelineProps {
  article: Article;
  /** Selects a quote the timeline names, as activating it in the text does; `from` is the timeline's button for it. */
  onSelectQuote: (quoteId: string, from: HTMLElement) => void;
}

/**
 * The article's events, earliest first, each leading to the paragraph that tells it, on two clocks: the
 * quotes said at each event, and the quotes said at another time that speak of it.
 */
export const Timeline = memo(function Timeline({ article, onSelectQuote }: TimelineProps) {
  const entries = useMemo(() => timeline(article), [article]);
  return (
    <Panel title="Timeline">
      {entries.length === 0 ? (
        <p className="font-sans text-sm text-stone-600 dark:text-stone-400">The article dates no events.</p>
      ) : (
        <ol className="relative space-y-4 border-l-2 border-stone-200 pl-4 font-sans text-sm dark:border-stone-700">
          {entries.map((entry) => (
            <li key={entry.event.id} className="relative">
              <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] h-2.5 w-2.5 rounded-full bg-stone-400 dark:bg-stone-500" />
              <time dateTime={entry.event.date} className="block text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
                {entry.displayDate}
              </time>
              <span className="block">{entry.event.label}</span>
              <TimelineQuotes entry={entry} onSelectQuote={onSelectQuote} />
              <a
                href={`#block-${entry.event.blockId}`}
                className="inline-block min-h-6 py-1 text-xs text-blue-700 underline underline-offset-2 hover:no-underline dark:text-blue-300"
              >
                Read in {entry.source}
              </a>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
});
