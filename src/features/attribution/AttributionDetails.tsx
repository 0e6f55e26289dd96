import { useMemo } from 'react';
import type { AttributionView } from '../../core/attribution';
import { certaintyWords } from '../../core/certainty';
import { explainAttribution } from '../../core/explanation';
import { kindPhrase } from '../../core/quoteKind';
import type { Article } from '../../core/schema';
import { SpeakerSource } from './SpeakerSource';

export interface AttributionDetailsProps {
  article: Article;
  view: AttributionView;
  /** Whether the reader confirmed the quote's speaker (isConfirmed in core/confirmed). */
  confirmed: boolean;
}

/** Who the speaker is, what kind of quote it is, the words that attribute it, how sure that is and how it was found. */
export function AttributionDetails({ article, view, confirmed }: AttributionDetailsProps) {
  const { quote, block, speaker, cue } = view;
  const explanation = useMemo(() => explainAttribution(article, quote, block, speaker, confirmed), [article, quote, block, speaker, confirmed]);
  const certainty = certaintyWords(quote, confirmed);
  return (
    <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      <dt className="text-stone-600 dark:text-stone-400">Speaker</dt>
      <dd className="flex items-center gap-2 font-semibold">
        <span aria-hidden="true" className="swatch h-3 w-3 shrink-0 rounded-full" />
        {speaker?.name ?? 'Unattributed'}
      </dd>
      {speaker?.role && (
        <>
          <dt className="text-stone-600 dark:text-stone-400">Role</dt>
          <dd>{speaker.role}</dd>
        </>
      )}
      {speaker && <SpeakerSource speaker={speaker} />}
      <dt className="text-stone-600 dark:text-stone-400">Kind</dt>
      <dd>{kindPhrase(quote, block)}</dd>
      <dt className="text-stone-600 dark:text-stone-400">Attributed by</dt>
      <dd>{cue ? <q className="font-semibold">{cue}</q> : quote.corrected ? 'You, by hand' : 'No words in the text'}</dd>
      <dt className="text-stone-600 dark:text-stone-400">How sure</dt>
      <dd>
        <strong className="font-semibold">{certainty.label}</strong>
        {certainty.how && ` ${certainty.how}`}
        {/* A quote given to no one has no speaker to be sure of: "Speaker unknown · 0%" read as doubt that it is unknown. */}
        {!quote.corrected && quote.speakerId !== null && <span className="text-stone-600 dark:text-stone-400"> · {Math.round(quote.confidence * 100)}%</span>}
      </dd>
      <dt className="text-stone-600 dark:text-stone-400">How</dt>
      <dd>{explanation}</dd>
    </dl>
  );
}
