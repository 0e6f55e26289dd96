import { memo } from 'react';
import type { Article } from '../../core/schema';
import { download } from '../../lib/download';
import { Panel } from '../../ui/Panel';

export interface ExportPanelProps {
  article: Article;
}

/** Written in from package.json by vite.config.ts. */
const APP_VERSION = String(import.meta.env.APP_VERSION);

const json = (content: unknown) => `${JSON.stringify(content, null, 2)}\n`;

/** Downloads the article (with the reader's corrections), and its quotes as W3C Web Annotations or as a CSV table. */
export const ExportPanel = memo(function ExportPanel({ article }: ExportPanelProps) {
  const button =
    'min-h-11 w-full rounded-lg border border-stone-300 px-3 text-left text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';
  return (
    <Panel title="Export">
      <div className="space-y-2 font-sans">
        <button type="button" className={button} onClick={() => download(`${article.id}.json`, 'application/json', json(article))}>
          Download article JSON
        </button>
        <button
          type="button"
          className={button}
          onClick={() =>
            void import('../../core/annotations').then(({ toWebAnnotations }) =>
              download(`${article.id}.annotations.jsonld`, 'application/ld+json', json(toWebAnnotations(article, { version: APP_VERSION }))),
            )
          }
        >
          Download quotes as Web Annotations
        </button>
        <button
          type="button"
          className={button}
          onClick={() => void import('../../core/csv').then(({ quotesCsv }) => download(`${article.id}.csv`, 'text/csv;charset=utf-8', quotesCsv([article])))}
        >
          Download quotes as CSV
        </button>
      </div>
    </Panel>
  );
});
