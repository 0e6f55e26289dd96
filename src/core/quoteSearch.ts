/** Words as a search compares them: lower case, accents dropped, runs of letters and digits. */
export function searchWords(text: string): Array<string> {
  const lower = text.toLowerCase();
  // Most news text is ASCII, where a plain character class is several times faster than Unicode properties.
  if (!/[^\s!-~]/.test(lower)) return lower.match(/[a-z0-9]+/g) ?? [];
  return (
    lower
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** What a search looks in: a quote of the library (core/libraryOverview's LibraryQuote is one). */
export interface SearchableQuote {
  text: string;
  speaker: { name: string } | null;
  sourceType: string;
  kind: string;
  verb: string | null;
}

/** Each word of the library, sorted, with the quotes (by position, ascending) that hold it. */
export interface QuoteIndex {
  size: number;
  terms: Array<string>;
  postings: Array<Array<number>>;
}

/** Builds a QuoteIndex a slice of quotes at a time, so that a page can build it between frames. */
export interface QuoteIndexBuilder {
  /** Indexes the next `count` quotes; true once every quote is in. */
  add: (count: number) => boolean;
  finish: () => QuoteIndex;
}

/**
 * Indexes the words of each quote, its speaker's name, its source type, its kind (direct, reported) and its
 * reporting verb, so that any of them finds it; each search then looks words up instead of reading every quote.
 */
export function quoteIndexBuilder(quotes: ReadonlyArray<SearchableQuote>): QuoteIndexBuilder {
  const byTerm = new Map<string, Array<number>>();
  let next = 0;
  return {
    add(count) {
      const end = Math.min(quotes.length, next + count);
      for (; next < end; next++) {
        const quote = quotes[next];
        if (!quote) continue;
        const fields = `${quote.text} ${quote.speaker?.name ?? ''} ${quote.sourceType} ${quote.kind} ${quote.verb ?? ''}`;
        for (const word of searchWords(fields)) {
          const list = byTerm.get(word);
          if (!list) byTerm.set(word, [next]);
          else if (list.at(-1) !== next) list.push(next);
        }
      }
      return next >= quotes.length;
    },
    finish() {
      const terms = [...byTerm.keys()].sort();
      return { size: quotes.length, terms, postings: terms.map((term) => byTerm.get(term) ?? []) };
    },
  };
}

/** The index of every quote at once (see quoteIndexBuilder). */
export function buildQuoteIndex(quotes: ReadonlyArray<SearchableQuote>): QuoteIndex {
  const builder = quoteIndexBuilder(quotes);
  builder.add(quotes.length);
  return builder.finish();
}

/** The first index in sorted `terms` whose term is not below `word`. */
function lowerBound(terms: ReadonlyArray<string>, word: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((terms[mid] ?? '') < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The positions of the quotes that hold every word of the query (its first 32), each as the start of one of theirs ("tok"
 * finds "Tokayev"), ascending. A query without words finds nothing.
 */
export function searchQuotes(index: QuoteIndex, query: string): Array<number> {
  // More words than a query needs would only cost time; the count of each quote's hits must fit its array.
  const words = [...new Set(searchWords(query))].slice(0, 32);
  if (words.length === 0) return [];
  // hits[q] counts the query words quote q has matched so far, in order, so each word counts once per quote.
  const hits = new Uint8Array(index.size);
  words.forEach((word, i) => {
    for (let t = lowerBound(index.terms, word); t < index.terms.length && (index.terms[t] ?? '').startsWith(word); t++) {
      for (const position of index.postings[t] ?? []) if (hits[position] === i) hits[position] = i + 1;
    }
  });
  const found: Array<number> = [];
  hits.forEach((count, position) => {
    if (count === words.length) found.push(position);
  });
  return found;
}
