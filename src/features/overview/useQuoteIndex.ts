import { startTransition, useEffect, useState } from 'react';
import type { LibraryQuote } from '../../core/libraryOverview';
import { quoteIndexBuilder, type QuoteIndex } from '../../core/quoteSearch';
import { inSlices } from './inSlices';

/**
 * The search index of the library's quotes, built after the overview is shown, a slice at a time between
 * frames, so that neither the first view nor typing waits for it; null until it is ready.
 */
export function useQuoteIndex(quotes: ReadonlyArray<LibraryQuote> | null): QuoteIndex | null {
  const [built, setBuilt] = useState<{ of: ReadonlyArray<LibraryQuote>; index: QuoteIndex } | null>(null);
  useEffect(() => {
    if (!quotes) return;
    const builder = quoteIndexBuilder(quotes);
    const work = inSlices(() => builder.add(250));
    void work.done.then(() => {
      const index = builder.finish();
      startTransition(() => setBuilt({ of: quotes, index }));
    });
    return work.cancel;
  }, [quotes]);
  return quotes && built?.of === quotes ? built.index : null;
}
