import { useLayoutEffect, useMemo, useRef } from 'react';
import type { AttributionView } from '../../core/attribution';
import { quotedSpeakerIds } from '../../core/choices';
import { isConfirmed } from '../../core/confirmed';
import type { NewPerson } from '../../core/corrections';
import type { Article, Entity } from '../../core/schema';
import { cx } from '../../lib/cx';
import { AttributionDetails } from './AttributionDetails';
import { CorrectAttribution } from './CorrectAttribution';
import { SameQuoteElsewhere } from './SameQuoteElsewhere';
import { useEscapeToClose } from './useEscapeToClose';
import { useFocusBackWhenGone } from './useFocusBackWhenGone';
import { useTabIn, useTabOut } from './useTabOut';

export interface AttributionPanelProps {
  article: Article;
  view: AttributionView;
  colourClass: string;
  /** Whether to move focus into the panel, as when a reader has just activated the quote. */
  takeFocus: boolean;
  filteredToSpeaker: boolean;
  onClose: () => void;
  onOnlySpeaker: (speakerId: string) => void;
  /** Everyone the quote could be given to, for a correction. */
  speakers: ReadonlyArray<Entity>;
  onChangeSpeaker: (quoteId: string, speakerId: string | null) => void;
  /** Gives the quote to a person the reader adds ("New person…"). */
  onNewSpeaker: (quoteId: string, person: NewPerson) => void;
  onNotAQuote: (quoteId: string) => void;
  /**
   * Tab past the panel's last control (`forward`) or Shift+Tab before its first (`back`): the reader's
   * way back to the quotes. Returns whether it moved focus; if not, focus moves on as usual.
   */
  onTabOut: (direction: 'forward' | 'back') => boolean;
}

const PREVIEW_LENGTH = 220;

/** Who said the selected quote, in what capacity, and the words in the text that say so. */
export function AttributionPanel({
  article,
  view,
  colourClass,
  takeFocus,
  filteredToSpeaker,
  onClose,
  onOnlySpeaker,
  speakers,
  onChangeSpeaker,
  onNewSpeaker,
  onNotAQuote,
  onTabOut,
}: AttributionPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const { quote, speaker } = view;
  const confirmed = isConfirmed(article, quote.id);
  const quoted = useMemo(() => quotedSpeakerIds(article), [article]);

  // In the commit that shows the panel: a passive effect runs a task or more later (11–25 ms measured after a click),
  // and a Tab pressed in between would move on from the quote only to have the panel take focus back.
  useLayoutEffect(() => {
    if (takeFocus) headingRef.current?.focus({ preventScroll: true });
  }, [takeFocus, quote.id]);

  const onKeyDown = useTabOut(headingRef, onTabOut);
  useTabIn(headingRef);
  useEscapeToClose(onClose);
  useFocusBackWhenGone(panelRef, quote.id);

  const preview = quote.text.length > PREVIEW_LENGTH ? `${quote.text.slice(0, PREVIEW_LENGTH)}…` : quote.text;
  return (
    <section
      ref={panelRef}
      role="dialog"
      aria-modal="false"
      aria-label="Quote attribution"
      onKeyDown={onKeyDown}
      className={cx(
        // A bottom sheet on a phone; on a desktop the top of the side column, which stays in view.
        'fixed inset-x-0 bottom-0 z-20 max-h-[60vh] overflow-y-auto rounded-t-2xl border border-b-0 border-stone-300 bg-white p-5 pb-[max(1.25rem,env(safe-area-inset-bottom))] font-sans shadow-2xl',
        'lg:static lg:mb-6 lg:max-h-none lg:overflow-visible lg:rounded-xl lg:border-b lg:pb-5 lg:shadow-sm dark:border-stone-700 dark:bg-stone-900',
        colourClass,
      )}
    >
      <div className="flex items-start justify-between gap-3">
        <h2 ref={headingRef} tabIndex={-1} className="text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-300">
          Quote attribution
        </h2>
        <button type="button" onClick={onClose} className="-mt-1 min-h-9 rounded-lg px-2 text-sm font-medium hover:bg-stone-100 dark:hover:bg-stone-800">
          Close
          <kbd aria-hidden="true" className="ml-1.5 hidden font-sans text-xs text-stone-500 lg:inline dark:text-stone-400">
            Esc
          </kbd>
        </button>
      </div>
      <blockquote className="mt-2 border-l-4 border-[var(--speaker)] pl-3 font-serif text-base leading-relaxed">
        {quote.kind === 'direct' ? `“${preview}”` : preview}
      </blockquote>
      <AttributionDetails article={article} view={view} confirmed={confirmed} />
      {speaker && (
        <button
          type="button"
          // Not `disabled`, which would drop the focus of the reader who just pressed it to the page's body.
          aria-disabled={filteredToSpeaker}
          onClick={() => filteredToSpeaker || onOnlySpeaker(speaker.id)}
          className="mt-4 min-h-11 w-full rounded-lg bg-stone-900 px-4 font-semibold text-white hover:bg-stone-700 aria-disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
        >
          {speaker.type === 'person' ? 'Only this person' : 'Only this speaker'}
        </button>
      )}
      <SameQuoteElsewhere article={article} quote={quote} />
      <CorrectAttribution
        key={quote.id}
        quote={quote}
        confirmed={confirmed}
        speakers={speakers}
        quoted={quoted}
        onChangeSpeaker={onChangeSpeaker}
        onNewSpeaker={onNewSpeaker}
        onNotAQuote={onNotAQuote}
      />
    </section>
  );
}
