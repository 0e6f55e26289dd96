import { memo } from 'react';
import type { Entity } from '../../core/schema';
import { cx } from '../../lib/cx';
import { speakerClass } from '../../lib/speakerColour';

export interface SpeakerLegendProps {
  speakers: ReadonlyArray<Entity>;
  /** Whether the dense view is on: each speaker written after their quote, every person's mention underlined. */
  showAllMarks: boolean;
  onShowAllMarksChange: (on: boolean) => void;
}

/** What a quote's underline says about its speaker, drawn in the first speaker's colour. */
const LOOKS = [
  { look: 'quote-named', sample: 'solid', meaning: 'named in the text' },
  { look: 'quote-inferred', sample: 'dashed', meaning: 'inferred' },
  { look: 'quote-uncertain', sample: 'faint', meaning: 'uncertain' },
  { look: 'quote-unknown speaker-none', sample: 'grey', meaning: 'speaker unknown' },
] as const;

/**
 * Speakers the key lists before the rest fold away: the first heard, about two lines on a desktop, so that a long
 * article's dozens of speakers do not push its headline off the first screen (Filter by person lists them all).
 */
const SHOWN = 6;

const speakerItem = (speaker: Entity, i: number) => (
  <li key={speaker.id} className={cx('flex items-center gap-1.5', speakerClass(i))}>
    <span aria-hidden="true" className="swatch inline-block h-3 w-3 rounded-full" />
    {speaker.name}
  </li>
);

/** The key to the text's marks: each speaker's colour, how sure each underline is, and the switch to the dense view. */
export const SpeakerLegend = memo(function SpeakerLegend({ speakers, showAllMarks, onShowAllMarksChange }: SpeakerLegendProps) {
  return (
    <div className="mb-6 space-y-2 rounded-lg border border-stone-200 bg-white/70 px-3 py-2 font-sans text-sm dark:border-stone-800 dark:bg-stone-900/70">
      <h2 className="sr-only">Key</h2>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Speakers">
          {speakers.slice(0, SHOWN).map(speakerItem)}
          {speakers.length > SHOWN && (
            <li className="has-[details[open]]:basis-full">
              <details>
                <summary className="cursor-pointer text-stone-600 dark:text-stone-400">{speakers.length - SHOWN} more</summary>
                <ul className="flex flex-wrap gap-x-4 gap-y-1">{speakers.slice(SHOWN).map((speaker, i) => speakerItem(speaker, i + SHOWN))}</ul>
              </details>
            </li>
          )}
        </ul>
        <label className="flex min-h-9 items-center gap-2 text-stone-700 dark:text-stone-300">
          <input
            type="checkbox"
            role="switch"
            checked={showAllMarks}
            onChange={(event) => onShowAllMarksChange(event.target.checked)}
            className="h-4 w-4 accent-stone-700 dark:accent-stone-300"
          />
          Show all marks
        </label>
      </div>
      {/* On a phone the marks' meaning would take three lines above every article, so it folds there; wider, it is
          always open (index.css, `.marks-key`). */}
      <details className="marks-key text-stone-600 dark:text-stone-400">
        <summary className="cursor-pointer">What the marks mean</summary>
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Quote marks">
          <li className="speaker-0">
            <span className="quote-direct quote-named">“direct quote”</span> and <span className="quote-reported quote-named">reported speech</span>
          </li>
          {LOOKS.map(({ look, sample, meaning }) => (
            <li key={sample} className="speaker-0">
              <span className={cx('quote-reported', look)}>{sample}</span>: {meaning}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
});
