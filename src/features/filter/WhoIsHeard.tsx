import { memo } from 'react';
import type { SpeakerShare } from '../../core/stats';
import { cx } from '../../lib/cx';
import { speakerClass } from '../../lib/speakerColour';
import { Panel } from '../../ui/Panel';

export interface WhoIsHeardProps {
  shares: ReadonlyArray<SpeakerShare>;
  speakerIndex: ReadonlyMap<string, number>;
}

/** Each speaker's share of the quoted words, as a bar and as words. */
export const WhoIsHeard = memo(function WhoIsHeard({ shares, speakerIndex }: WhoIsHeardProps) {
  return (
    <Panel title="Who is heard">
      {shares.length === 0 ? (
        <p className="font-sans text-sm text-stone-600 dark:text-stone-400">Nobody is quoted in this article.</p>
      ) : (
        <ul className="space-y-3 font-sans text-sm">
          {shares.map(({ speaker, quotes, words, share }) => {
            const percent = Math.round(share * 100);
            return (
              <li key={speaker?.id ?? 'unattributed'} className={speakerClass(speaker ? (speakerIndex.get(speaker.id) ?? -1) : -1)}>
                <div className="flex justify-between gap-2">
                  <span className="font-medium">{speaker?.name ?? 'Unattributed'}</span>
                  <span className="tabular-nums text-stone-700 dark:text-stone-300">{percent}%</span>
                </div>
                <div aria-hidden="true" className="mt-1 h-2.5 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800">
                  <div className={cx('swatch h-full rounded-full')} style={{ width: `${Math.max(percent, 1)}%` }} />
                </div>
                <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
                  {percent}% of quoted words: {words} {words === 1 ? 'word' : 'words'} in {quotes} {quotes === 1 ? 'quote' : 'quotes'}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
});
