import { useEffect, useReducer } from 'react';
import { useLibrarySummaries } from '../../api/useLibrarySummaries';
import type { ArticleSummary } from '../../core/librarySummary';
import { sameQuoteIndexBuilder, type SameQuoteIndex } from '../../core/sameQuote';

/** How long one slice of the build may hold the page: well inside a frame. */
const SLICE_MS = 8;

/** Built once for each reading of the library, so that every attribution opened after the first answers at once. */
const built = new WeakMap<ReadonlyArray<ArticleSummary>, SameQuoteIndex>();

/**
 * The library's quotes indexed by their word pairs (core/sameQuote), from the articles' summaries: built a slice at
 * a time between frames the first time an attribution asks, so that opening it never waits; null until ready.
 */
export function useSameQuoteIndex(): SameQuoteIndex | null {
  const { data } = useLibrarySummaries();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!data || built.has(data)) return;
    const builder = sameQuoteIndexBuilder(data);
    let timer: ReturnType<typeof setTimeout>;
    const slice = () => {
      const start = performance.now();
      while (performance.now() - start < SLICE_MS) {
        if (builder.add(20)) {
          built.set(data, builder.finish());
          rerender();
          return;
        }
      }
      timer = setTimeout(slice);
    };
    timer = setTimeout(slice);
    return () => clearTimeout(timer);
  }, [data]);
  return data ? (built.get(data) ?? null) : null;
}
