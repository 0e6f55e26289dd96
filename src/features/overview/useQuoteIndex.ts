import { startTransition, useEffect, useState } from 'react';
import type { LibraryQuote } from '../../core/libraryOverview';
import { quoteIndexBuilder, type QuoteIndex } from '../../core/quoteSearch';

/** How long one slice of the build may hold the page: well inside a frame. */
const SLICE_MS = 8;

/**
 * The search index of the library's quotes, built after the overview is shown, a slice at a time between
 * frames, so that neither the first view nor typing waits for it; null until it is ready.
 */
export function useQuoteIndex(quotes: ReadonlyArray<LibraryQuote>): QuoteIndex | null {
  const [built, setBuilt] = useState<{ of: ReadonlyArray<LibraryQuote>; index: QuoteIndex } | null>(null);
  useEffect(() => {
    const builder = quoteIndexBuilder(quotes);
    let timer: ReturnType<typeof setTimeout>;
    const slice = () => {
      const start = performance.now();
      while (performance.now() - start < SLICE_MS) {
        if (builder.add(250)) {
          const index = builder.finish();
          startTransition(() => setBuilt({ of: quotes, index }));
          return;
        }
      }
      timer = setTimeout(slice);
    };
    timer = setTimeout(slice);
    return () => clearTimeout(timer);
  }, [quotes]);
  return built?.of === quotes ? built.index : null;
}
