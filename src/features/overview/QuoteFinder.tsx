import { useDeferredValue, useId, useMemo, useState } from 'react';
import { passesFilter, valueOf, type Library, type LibraryFilter } from '../../core/libraryOverview';
import { searchQuotes } from '../../core/quoteSearch';
import { QuoteResults } from './QuoteResults';
import type { Figure } from './useOverviewUrl';
import { useQuoteIndex } from './useQuoteIndex';

export interface QuoteFinderProps {
  /** Null while the quotes' words are read. */
  library: Library | null;
  filter: LibraryFilter;
  /** The figure whose quotes are listed, with what it reads as ("source type: official"). */
  figure: { figure: Figure; label: string } | null;
  onClearFigure: () => void;
  onOpen: (href: string) => void;
}

/**
 * Every quote of the library, newest first: those that match the search, and those behind the figure chosen
 * in the overview. The index is built once the quotes' words are read, in slices after the overview is shown;
 * each search runs in a background render, so typing never waits for it.
 */
export function QuoteFinder({ library, filter, figure, onClearFigure, onOpen }: QuoteFinderProps) {
  const headingId = useId();
  const [query, setQuery] = useState('');
  const index = useQuoteIndex(library?.quotes ?? null);
  const searched = useDeferredValue(query.trim());
  const chosen = figure?.figure ?? null;
  const found = useMemo(() => {
    if (!library || (searched && !index)) return null;
    const positions = searched && index ? searchQuotes(index, searched) : library.quotes.keys();
    const quotes = [];
    for (const position of positions) {
      const quote = library.quotes[position];
      if (quote && passesFilter(quote.article, filter) && (!chosen || valueOf(quote, chosen.dimension) === chosen.value)) quotes.push(quote);
    }
    return quotes;
  }, [searched, chosen, index, library, filter]);

  return (
    <section aria-labelledby={headingId} className="font-sans">
      <h2 id={headingId} className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-300">
        Quotes
      </h2>
      <input
        type="search"
        aria-label="Search quotes"
        placeholder="Words, speaker, source type, verb…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        className="w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base dark:border-stone-700 dark:bg-stone-900"
      />
      {figure && (
        <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <span>
            Quotes of <strong>{figure.label}</strong>
            {searched && ' that match the search'}
          </span>
          <button type="button" onClick={onClearFigure} className="min-h-9 rounded-md border border-stone-300 px-2 dark:border-stone-700">
            Clear figure
          </button>
        </p>
      )}
      <div className="mt-3">
        {found ? (
          <QuoteResults quotes={found} onOpen={onOpen} />
        ) : (
          <p className="text-sm text-stone-600 dark:text-stone-400">{library ? 'Preparing the search…' : 'Reading the quotes…'}</p>
        )}
      </div>
    </section>
  );
}
