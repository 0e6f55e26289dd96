import { useEffect, useReducer } from 'react';
import { useLibrarySummaries } from '../../api/useLibrarySummaries';
import type { ArticleSummary } from '../../core/librarySummary';
import { sameQuoteIndexBuilder, type SameQuoteIndex } from '../../core/sameQuote';

/** How long one slice of the build may hold the page: well inside a frame. */
const SLICE_MS = 8;

/**
 * The index of the last reading of the library, kept by its summaries rather than by the list that holds them: the
 * list is made anew for each attribution that opens (the bundled article's summary is added to it), and the index
 * would otherwise be built again on every click.
 */
let built: { summaries: ReadonlyArray<ArticleSummary>; index: SameQuoteIndex } | null = null;

const sameSummaries = (a: ReadonlyArray<ArticleSummary>, b: ReadonlyArray<ArticleSummary>) =>
  a.length === b.length && a.every((summary, i) => summary === b[i]);

function builtFor(summaries: ReadonlyArray<ArticleSummary>): SameQuoteIndex | null {
  return built && sameSummaries(built.summaries, summaries) ? built.index : null;
}

/**
 * The library's quotes indexed by their word pairs (core/sameQuote), from the articles' summaries: built a slice at
 * a time between frames the first time an attribution asks, so that opening it never waits; null until ready.
 */
export function useSameQuoteIndex(): SameQuoteIndex | null {
  const { data } = useLibrarySummaries();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!data || builtFor(data)) return;
    const builder = sameQuoteIndexBuilder(data);
    let timer: ReturnType<typeof setTimeout>;
    const slice = () => {
      const start = performance.now();
      while (performance.now() - start < SLICE_MS) {
        if (builder.add(20)) {
          built = { summaries: data, index: builder.finish() };
          rerender();
          return;
        }
      }
      timer = setTimeout(slice);
    };
    timer = setTimeout(slice);
    return () => clearTimeout(timer);
  }, [data]);
  return data ? builtFor(data) : null;
}
