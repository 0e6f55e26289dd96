import { memo } from 'react';
import type { TimelineEntry } from '../../core/timeline';
import { Panel } from '../../ui/Panel';

export interface TimelineProps {
  entries: ReadonlyArray<TimelineEntry>;
}

/** The article's events, earliest first, each leading to the paragraph that tells it. */
export const Timeline = memo(function Timeline({ entries }: TimelineProps) {
  return (
    <Panel title="Timeline">
      {entries.length === 0 ? (
        <p className="font-sans text-sm text-stone-600 dark:text-stone-400">The article dates no events.</p>
      ) : (
        <ol className="relative space-y-4 border-l-2 border-stone-200 pl-4 font-sans text-sm dark:border-stone-700">
          {entries.map(({ event, displayDate, source }) => (
            <li key={event.id} className="relative">
              <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] h-2.5 w-2.5 rounded-full bg-stone-400 dark:bg-stone-500" />
              <time dateTime={event.date} className="block text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
                {displayDate}
              </time>
              <span className="block">{event.label}</span>
              <a
                href={`#block-${event.blockId}`}
                className="inline-block min-h-6 py-1 text-xs text-blue-700 underline underline-offset-2 hover:no-underline dark:text-blue-300"
              >
                Read in {source}
              </a>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
});
