import type { TimelineEntry, TimelineQuote } from '../../core/timeline';

export interface TimelineQuotesProps {
  entry: TimelineEntry;
  /** Selects a quote; `from` is the entry's button, where closing the quote's attribution brings the reader back. */
  onSelectQuote: (quoteId: string, from: HTMLElement) => void;
}

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 68).replace(/\s+\S*$/, '')}…` : text);

/** The quotes on an event's two clocks: those said at it, and those said at another time that speak of it. */
export function TimelineQuotes({ entry, onSelectQuote }: TimelineQuotesProps) {
  const quote = (q: TimelineQuote, when: string) => (
    <button
      key={q.quoteId}
      type="button"
      onClick={(event) => onSelectQuote(q.quoteId, event.currentTarget)}
      className="block w-full rounded-md py-1 text-left text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
    >
      <span className="font-serif italic">“{short(q.text)}”</span>
      <span className="text-stone-600 dark:text-stone-400">
        {' '}
        — {q.speaker ?? 'speaker unknown'}
        {when}
      </span>
    </button>
  );
  return (
    <>
      {entry.said.length > 0 && (
        <div className="mt-1">
          <p className="text-xs font-semibold text-stone-600 dark:text-stone-400">Said then</p>
          {entry.said.map((q) => quote(q, ''))}
        </div>
      )}
      {entry.about.length > 0 && (
        <div className="mt-1 border-l-2 border-dashed border-stone-300 pl-2 dark:border-stone-600">
          <p className="text-xs font-semibold text-stone-600 dark:text-stone-400">Spoken of</p>
          {entry.about.map((q) => quote(q, q.saidOn ? `, on ${q.saidOn}` : ', when is not stated'))}
        </div>
      )}
    </>
  );
}
