import type { ArticleSummary } from './librarySummary';
import { searchWords } from './quoteSearch';
import { compareCodeUnits, compareNames } from './textOrder';

/**
 * How alike two quotes must be to count as the same quote: the share of the shorter one's word pairs (bigrams)
 * that the other holds too. A quote trimmed at either end keeps all its pairs (1.0); one word changed in a quote
 * of n words loses at most two of its n − 1 pairs, so a changed word still matches from eight words on (5 of 7),
 * while two quotes that merely open alike ("We are not in a contest…", "We are not in a hurry…") stay apart.
 */
const SAME_QUOTE_THRESHOLD = 0.7;

/** Shorter quotes ("perfect storm") recur as phrases, not as quotes: only quotes of this many words or more are matched. */
const MIN_WORDS = 4;

/** One quote of the library, as a match names it. */
export interface LibraryQuoteRef {
  articleId: string;
  headline: string;
  publishedOn: string | null;
  /** The key a link selects it by (core/quoteLinks). */
  link: string;
  text: string;
  speaker: string | null;
}

export interface SameQuoteIndex {
  quotes: Array<LibraryQuoteRef>;
  /** Each quote's count of distinct word pairs, by position. */
  sizes: Array<number>;
  /** Each word pair with the positions of the quotes that hold it. */
  pairs: Map<string, Array<number>>;
}

/** The distinct word pairs of a text, as a search compares words (lower case, accents dropped). */
function wordPairs(text: string): Set<string> {
  const words = searchWords(text);
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

/** Builds a SameQuoteIndex an article at a time, so that a page can build it between frames. */
export function sameQuoteIndexBuilder(summaries: ReadonlyArray<ArticleSummary>): { add: (count: number) => boolean; finish: () => SameQuoteIndex } {
  const index: SameQuoteIndex = { quotes: [], sizes: [], pairs: new Map() };
  let next = 0;
  return {
    add(count) {
      for (const end = Math.min(summaries.length, next + count); next < end; next++) {
        const summary = summaries[next];
        if (!summary) continue;
        for (const quote of summary.quotes) {
          const pairs = wordPairs(quote.text);
          if (pairs.size < MIN_WORDS - 1) continue;
          const position = index.quotes.length;
          const speaker = quote.speaker === null ? null : (summary.speakers[quote.speaker]?.name ?? null);
          index.quotes.push({
            articleId: summary.id,
            headline: summary.headline,
            publishedOn: summary.publishedOn,
            link: quote.link,
            text: quote.text,
            speaker,
          });
          index.sizes.push(pairs.size);
          for (const pair of pairs) {
            const list = index.pairs.get(pair);
            if (list) list.push(position);
            else index.pairs.set(pair, [position]);
          }
        }
      }
      return next >= summaries.length;
    },
    finish: () => index,
  };
}

export function buildSameQuoteIndex(summaries: ReadonlyArray<ArticleSummary>): SameQuoteIndex {
  const builder = sameQuoteIndexBuilder(summaries);
  builder.add(summaries.length);
  return builder.finish();
}

export interface SameQuoteMatch {
  quote: LibraryQuoteRef;
  /** 0..1, see SAME_QUOTE_THRESHOLD. */
  likeness: number;
  /** The same words (case, accents and punctuation aside). */
  identical: boolean;
}

export interface SameQuoteElsewhere {
  /** One per other article (its closest quote), earliest first; undated articles last. */
  matches: Array<SameQuoteMatch>;
  /** The earliest dated of them all: this article (`'this'`), another (its match), or null when no date tells. */
  earliest: 'this' | SameQuoteMatch | null;
}

const byDate = (a: string | null, b: string | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : compareCodeUnits(a, b));

/**
 * The same quote, or a close variant of it, in the library's other articles. A date is compared as written, so an
 * article dated `2022-02` counts as earlier than one dated `2022-02-10`, and this article wins a tie.
 */
export function sameQuoteElsewhere(index: SameQuoteIndex, quote: { articleId: string; publishedOn: string | null; text: string }): SameQuoteElsewhere {
  const pairs = wordPairs(quote.text);
  if (pairs.size < MIN_WORDS - 1) return { matches: [], earliest: null };
  const shared = new Map<number, number>();
  for (const pair of pairs) {
    for (const position of index.pairs.get(pair) ?? []) {
      if (index.quotes[position]?.articleId !== quote.articleId) shared.set(position, (shared.get(position) ?? 0) + 1);
    }
  }
  const words = searchWords(quote.text).join(' ');
  // Of an article's quotes, the closest: the one sharing the most pairs (the whole quote over a phrase of it), then
  // the one nearest in length.
  const best = new Map<string, { match: SameQuoteMatch; count: number; jaccard: number }>();
  for (const [position, count] of shared) {
    const other = index.quotes[position];
    const size = index.sizes[position] ?? Infinity;
    const likeness = count / Math.min(pairs.size, size);
    if (!other || likeness < SAME_QUOTE_THRESHOLD) continue;
    const jaccard = count / (pairs.size + size - count);
    const known = best.get(other.articleId);
    if (known && (known.count > count || (known.count === count && known.jaccard >= jaccard))) continue;
    best.set(other.articleId, { match: { quote: other, likeness, identical: searchWords(other.text).join(' ') === words }, count, jaccard });
  }
  const matches = [...best.values()]
    .map((b) => b.match)
    .sort(
      (a, b) =>
        byDate(a.quote.publishedOn, b.quote.publishedOn) ||
        compareNames(a.quote.headline, b.quote.headline) ||
        compareCodeUnits(a.quote.articleId, b.quote.articleId),
    );
  const first = matches[0];
  const earliest =
    quote.publishedOn !== null && (!first?.quote.publishedOn || quote.publishedOn <= first.quote.publishedOn)
      ? 'this'
      : first?.quote.publishedOn
        ? first
        : null;
  return { matches, earliest: matches.length > 0 ? earliest : null };
}

/** A run of words in a comparison of two wordings: in both, only in the first (`removed`), or only in the second (`added`). */
export interface WordingPart {
  text: string;
  change: 'same' | 'removed' | 'added';
}

/** Past this many words a wording is compared as a whole: the comparison costs the product of the two lengths. */
const MAX_DIFF_WORDS = 400;

/**
 * How `to` changes the wording of `from`, word by word (a longest common subsequence of their words, compared as a
 * search compares them); each part keeps the words as `to` (or, for removed ones, `from`) writes them.
 */
export function wordingChanges(from: string, to: string): Array<WordingPart> {
  const a = from.split(/\s+/).filter(Boolean);
  const b = to.split(/\s+/).filter(Boolean);
  if (a.length * b.length > MAX_DIFF_WORDS * MAX_DIFF_WORDS) return [{ text: to, change: 'same' }];
  const key = (word: string) => searchWords(word).join(' ');
  const ka = a.map(key);
  const kb = b.map(key);
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lengths[i] as Uint16Array;
    const below = lengths[i + 1] as Uint16Array;
    for (let j = b.length - 1; j >= 0; j--) row[j] = ka[i] === kb[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
  }
  const parts: Array<WordingPart> = [];
  const push = (text: string, change: WordingPart['change']) => {
    const last = parts.at(-1);
    if (last?.change === change) last.text += ` ${text}`;
    else parts.push({ text, change });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && ka[i] === kb[j]) {
      push(b[j++] as string, 'same');
      i++;
    } else if (i < a.length && (j >= b.length || (lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0))) push(a[i++] as string, 'removed');
    else push(b[j++] as string, 'added');
  }
  return parts;
}
