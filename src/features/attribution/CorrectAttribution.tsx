import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { isUncertain } from '../../core/confidence';
import type { NewPerson } from '../../core/corrections';
import type { Entity, Quote } from '../../core/schema';
import { useKeyedChoice } from '../../lib/useKeyedChoice';
import { isNamed, NewPersonFields, NewSpeakerOptions, newSpeakerFor, newSpeakerNoun, valueOfNew } from '../../ui/NewPersonFields';
import { SpeakerOptions } from '../../ui/SpeakerOptions';

export interface CorrectAttributionProps {
  quote: Quote;
  /** Whether a reader confirmed the quote's speaker (isConfirmed in core/confirmed). */
  confirmed: boolean;
  /** Everyone the quote could be given to. */
  speakers: ReadonlyArray<Entity>;
  /** The ids of the speakers the article already gives a quote to, offered first. */
  quoted: ReadonlySet<string | null>;
  onChangeSpeaker: (quoteId: string, speakerId: string | null) => void;
  /** Gives the quote to a person (or organisation) the reader adds. */
  onNewSpeaker: (quoteId: string, person: NewPerson) => void;
  onNotAQuote: (quoteId: string) => void;
}

/**
 * The disclosure ends the attribution, whose foot the side column's or the phone sheet's edge cuts off: what it opens
 * is brought into view, or the reader would see nothing happen.
 */
function showOpened({ currentTarget: details }: SyntheticEvent<HTMLDetailsElement>) {
  if (details.open) details.scrollIntoView({ block: 'nearest' });
}

/**
 * "Correct this attribution": another speaker (one already in the article, or a new person or organisation), or not a
 * quote at all.
 * An uncertain speaker can be confirmed as it is, which takes the quote out of Next uncertain quote.
 */
export function CorrectAttribution({ quote, confirmed, speakers, quoted, onChangeSpeaker, onNewSpeaker, onNotAQuote }: CorrectAttributionProps) {
  const selectId = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [person, setPerson] = useState<NewPerson | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const asking = person !== null;
  const speakerName = speakers.find((entity) => entity.id === quote.speakerId)?.name;
  const choice = useKeyedChoice(person ? valueOfNew(person) : (quote.speakerId ?? ''), (value) => {
    const blank = newSpeakerFor(value);
    setPerson(blank);
    if (!blank) onChangeSpeaker(quote.id, value || null);
  });
  // On a phone the attribution is a short sheet: the fields that just opened are brought into it.
  useEffect(() => {
    if (asking) form.current?.scrollIntoView({ block: 'nearest' });
  }, [asking]);
  return (
    <>
      {speakerName && (isUncertain(quote) || confirmed) && (
        // Still focusable once confirmed (aria-disabled, not disabled), so that focus stays where the reader was.
        <button
          type="button"
          aria-disabled={confirmed}
          onClick={() => !confirmed && onChangeSpeaker(quote.id, quote.speakerId)}
          className="mt-3 min-h-11 w-full rounded-lg border border-stone-300 px-4 font-semibold hover:bg-stone-100 aria-disabled:font-normal aria-disabled:hover:bg-transparent dark:border-stone-700 dark:hover:bg-stone-800"
        >
          {confirmed ? `Confirmed: ${speakerName} said this` : `Confirm: ${speakerName} said this`}
        </button>
      )}
      <details onToggle={showOpened} className="mt-4 rounded-lg border border-stone-200 p-3 text-sm dark:border-stone-700">
        <summary className="cursor-pointer font-semibold">Correct this attribution</summary>
        <label htmlFor={selectId} className="mt-3 mb-1 block">
          Change speaker
        </label>
        <select
          ref={select}
          id={selectId}
          {...choice}
          className="min-h-11 w-full rounded-lg border border-stone-300 bg-white px-2 dark:border-stone-700 dark:bg-stone-950"
        >
          <SpeakerOptions speakers={speakers} quoted={quoted} />
          <option value="">Unattributed</option>
          <NewSpeakerOptions />
        </select>
        {person && (
          <form
            ref={form}
            onSubmit={(event) => {
              event.preventDefault();
              if (!isNamed(person)) return;
              onNewSpeaker(quote.id, person);
              setPerson(null);
              select.current?.focus();
            }}
          >
            <NewPersonFields person={person} onChange={setPerson} />
            <div className="mt-3 flex justify-end gap-3">
              <button type="button" onClick={() => setPerson(null)} className="min-h-11 rounded-lg border border-stone-300 px-4 dark:border-stone-700">
                Cancel
              </button>
              <button type="submit" className="min-h-11 rounded-lg bg-blue-700 px-4 font-semibold text-white dark:bg-blue-300 dark:text-blue-950">
                Add {newSpeakerNoun(person)}
              </button>
            </div>
          </form>
        )}
        <button
          type="button"
          onClick={() => onNotAQuote(quote.id)}
          className="mt-3 min-h-11 w-full rounded-lg border border-red-300 px-3 font-medium text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950"
        >
          Not a quote
        </button>
      </details>
    </>
  );
}
