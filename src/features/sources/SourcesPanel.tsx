import { memo, useMemo } from 'react';
import type { SourceChange } from '../../core/corrections';
import type { Article } from '../../core/schema';
import { summarizeSources } from '../../core/sourcesSummary';
import { speakerClass } from '../../lib/speakerColour';
import { Panel } from '../../ui/Panel';
import { percent } from './percent';
import { SourceItem } from './SourceItem';
import { SourceSums } from './SourceSums';

export interface SourcesPanelProps {
  article: Article;
  speakerIndex: ReadonlyMap<string, number>;
  onSetSource: (entityId: string, change: SourceChange) => void;
  onMerge: (keptId: string, mergedId: string) => void;
}

/** Who the article's sources are and how much each is heard, then their sums. */
export const SourcesPanel = memo(function SourcesPanel({ article, speakerIndex, onSetSource, onMerge }: SourcesPanelProps) {
  const summary = useMemo(() => summarizeSources(article), [article]);
  const { lines, unattributed } = summary;
  return (
    <Panel title="Sources">
      {lines.length === 0 && !unattributed ? (
        <p className="font-sans text-sm text-stone-600 dark:text-stone-400">Nobody is quoted in this article.</p>
      ) : (
        <div className="font-sans text-sm">
          <ul className="space-y-3">
            {lines.map((line) => (
              <SourceItem
                key={line.entity.id}
                line={line}
                colourClass={speakerClass(speakerIndex.get(line.entity.id) ?? -1)}
                others={article.entities.filter((e) => e.type === line.entity.type && e.id !== line.entity.id)}
                onSetSource={onSetSource}
                onMerge={onMerge}
              />
            ))}
          </ul>
          {unattributed && (
            <p className="mt-3 text-stone-700 dark:text-stone-300">
              Unattributed: {unattributed.quotes} {unattributed.quotes === 1 ? 'quote' : 'quotes'}, {percent(unattributed.share)} of quoted words.
            </p>
          )}
          <SourceSums summary={summary} />
        </div>
      )}
    </Panel>
  );
});
