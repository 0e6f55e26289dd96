import { memo } from 'react';
import type { Entity } from '../../core/schema';
import { cx } from '../../lib/cx';
import { speakerClass } from '../../lib/speakerColour';

export interface SpeakerLegendProps {
  speakers: ReadonlyArray<Entity>;
}

/** The key to the text's marks: each speaker's colour, and how direct and reported quotes look. */
export const SpeakerLegend = memo(function SpeakerLegend({ speakers }: SpeakerLegendProps) {
  return (
    <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-stone-200 bg-white/70 px-3 py-2 font-sans text-sm dark:border-stone-800 dark:bg-stone-900/70">
      <h2 className="sr-only">Key</h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Speakers">
        {speakers.map((speaker, i) => (
          <li key={speaker.id} className={cx('flex items-center gap-1.5', speakerClass(i))}>
            <span aria-hidden="true" className="swatch inline-block h-3 w-3 rounded-full" />
            {speaker.name}
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-stone-600 dark:text-stone-400" aria-label="Quote styles">
        <li className="speaker-none">
          <span className="quote quote-direct">direct quote</span>
        </li>
        <li className="speaker-none">
          <span className="quote quote-reported">reported speech</span>
        </li>
        <li>Click a quote to see who said it.</li>
      </ul>
    </div>
  );
});
