import { memo } from 'react';
import type { Dimension, Share } from '../../core/libraryOverview';
import { Panel } from '../../ui/Panel';
import { count, valueLabel } from './labels';
import type { Figure } from './useOverviewUrl';

export interface ShareChartProps {
  title: string;
  dimension: Dimension;
  shares: ReadonlyArray<Share>;
  /** The figure whose quotes are listed, if it is one of this chart's. */
  shown: Figure | null;
  onShow: (figure: Figure | null) => void;
}

/**
 * The share of quotes of each value, as a bar and as words; each row is a button that lists its quotes
 * (pressed while they are listed, and pressing again lists none).
 */
export const ShareChart = memo(function ShareChart({ title, dimension, shares, shown, onShow }: ShareChartProps) {
  return (
    <Panel title={title}>
      {shares.length === 0 ? (
        <p className="font-sans text-sm text-stone-600 dark:text-stone-400">No quotes to count.</p>
      ) : (
        <ul className="space-y-1 font-sans text-sm">
          {shares.map((share) => {
            const percent = Math.round(share.share * 100);
            const pressed = shown?.dimension === dimension && shown.value === share.value;
            return (
              <li key={share.value}>
                <button
                  type="button"
                  aria-pressed={pressed}
                  onClick={() => onShow(pressed ? null : { dimension, value: share.value })}
                  className="block w-full rounded-lg px-2 py-1.5 text-left hover:bg-stone-100 aria-pressed:bg-stone-100 dark:hover:bg-stone-800 dark:aria-pressed:bg-stone-800"
                >
                  <span className="flex justify-between gap-2">
                    <span className="font-medium">
                      {valueLabel(dimension, share.value)}
                      <span className="sr-only">:</span>
                    </span>
                    <span className="tabular-nums text-stone-700 dark:text-stone-300">
                      {count(share.quotes, 'quote')}, {percent}%
                    </span>
                  </span>
                  <span aria-hidden="true" className="mt-1 block h-2 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800">
                    <span className="block h-full rounded-full bg-stone-600 dark:bg-stone-400" style={{ width: `${Math.max(percent, 1)}%` }} />
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
});
