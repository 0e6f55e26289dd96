import { memo } from 'react';
import type { Article } from '../../core/schema';
import { Panel } from '../../ui/Panel';

export interface ExportPanelProps {
  article: Article;
}

function download(name: string, type: string, content: unknown) {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(content, null, 2)}\n`], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads the article (with the reader's corrections) and its quotes as W3C Web Annotations. */
export const ExportPanel = memo(function ExportPanel({ article }: ExportPanelProps) {
  const button =
    'min-h-11 w-full rounded-lg border border-stone-300 px-3 text-left text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';
  return (
    <Panel title="Export">
      <div className="space-y-2 font-sans">
        <button type="button" className={button} onClick={() => download(`${article.id}.json`, 'application/json', article)}>
          Download article JSON
        </button>
        <button
          type="button"
          className={button}
          onClick={() =>
            void import('../../core/annotations').then(({ toWebAnnotations }) =>
              download(`${article.id}.annotations.jsonld`, 'application/ld+json', toWebAnnotations(article)),
            )
          }
        >
          Download quotes as Web Annotations
        </button>
      </div>
    </Panel>
  );
});
