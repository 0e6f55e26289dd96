import { useId, useMemo } from 'react';
import { useChosenArticle } from '../../api/useChosenArticle';
import { compareSources } from '../../core/compareSources';
import { formatPartialDate } from '../../core/partialDate';
import type { LibraryArticle } from '../../core/libraryOverview';
import { Panel } from '../../ui/Panel';
import { ComparedSpeakers } from './ComparedSpeakers';

export interface CompareSourcesProps {
  /** The library's articles, newest first. */
  articles: ReadonlyArray<LibraryArticle>;
  compared: { first: string | null; second: string | null };
  onCompare: (which: 'first' | 'second', id: string | null) => void;
}

const field = 'min-h-10 w-full rounded-lg border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900';

/** Two articles of the library side by side: who both quote, who only one does, and each one's quoted words by source type. */
export function CompareSources({ articles, compared, onCompare }: CompareSourcesProps) {
  const id = useId();
  // Only the two articles compared are read in full, when they are chosen.
  const { data: first } = useChosenArticle(articles.some((a) => a.id === compared.first) ? compared.first : null);
  const { data: second } = useChosenArticle(articles.some((a) => a.id === compared.second) ? compared.second : null);
  const comparison = useMemo(() => (first && second ? compareSources(first, second) : null), [first, second]);
  const choice = (which: 'first' | 'second', label: string) => (
    <label htmlFor={`${id}-${which}`} className="flex flex-col gap-1">
      {label}
      <select
        id={`${id}-${which}`}
        value={articles.some((a) => a.id === compared[which]) ? (compared[which] ?? '') : ''}
        onChange={(e) => onCompare(which, e.target.value || null)}
        className={field}
      >
        <option value="">Choose an article…</option>
        {articles.map((article) => (
          <option key={article.id} value={article.id}>
            {article.headline}
            {article.publishedOn && ` (${formatPartialDate(article.publishedOn).text})`}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Panel title="Compare sources">
      <div className="grid gap-3 font-sans text-sm sm:grid-cols-2">
        {choice('first', 'First article')}
        {choice('second', 'Second article')}
      </div>
      {comparison && (
        <div className="mt-4 grid gap-4 font-sans text-sm sm:grid-cols-3">
          <ComparedSpeakers title="Quoted in both" speakers={comparison.shared} side="both" />
          <ComparedSpeakers title="Only in the first" speakers={comparison.onlyFirst} side={0} />
          <ComparedSpeakers title="Only in the second" speakers={comparison.onlySecond} side={1} />
          {comparison.byType.map((shares, side) => (
            <div key={side}>
              <h3 className="mb-1 font-semibold">Quoted words by source type, {side === 0 ? 'first' : 'second'} article</h3>
              <ul className="space-y-1">
                {shares.map(({ type, share }) => (
                  <li key={type}>
                    {type}: {Math.round(share * 100)}%
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </Panel>
  );
}
