import type { ArticleSummary, SummaryHead } from './librarySummary';
import type { Entity, Gender, SourceType } from './schema';
import { compareCodeUnits, compareNames } from './textOrder';

/** An article of the library as the overview counts it. */
export interface LibraryArticle {
  id: string;
  headline: string;
  /** The publisher; null when the article does not say. */
  outlet: string | null;
  publishedOn: string | null;
}

/** A speaker as the library knows them: one person across articles, by their name. */
export interface LibrarySpeaker {
  /** The same for every article that names them alike ("Vladimir Putin" → `vladimir-putin`). */
  key: string;
  name: string;
  type: Entity['type'];
}

/** One quote of the library as the overview counts it: its article, its speaker and what they are. */
export interface CountedQuote {
  article: LibraryArticle;
  speaker: LibrarySpeaker | null;
  sourceType: SourceType;
  gender: Gender;
}

/** One quote of the library, with what the overview counts and what a link to it needs. */
export interface LibraryQuote extends CountedQuote {
  /** The quote's id in its article. */
  id: string;
  /** The key a link names it by (core/quoteLinks). */
  link: string;
  text: string;
  kind: 'direct' | 'reported';
  /** The reporting verb's base form ("say", "warn"), when the article names it. */
  verb: string | null;
}

export interface Library<Q extends CountedQuote = LibraryQuote> {
  articles: Array<LibraryArticle>;
  quotes: Array<Q>;
}

const newestFirst = (a: LibraryArticle, b: LibraryArticle) =>
  compareCodeUnits(b.publishedOn ?? '', a.publishedOn ?? '') || compareNames(a.headline, b.headline) || compareCodeUnits(a.id, b.id);

/**
 * Every quote of every article, read from the articles' summaries (whole, or their heads): the articles newest first
 * and each one's quotes in reading order. An unattributed quote has no speaker, and its source type and gender are
 * unknown.
 */
function libraryFrom<S extends SummaryHead | ArticleSummary, Q extends CountedQuote>(
  summaries: ReadonlyArray<S>,
  quotesOf: (summary: S, article: LibraryArticle, speakers: Array<LibrarySpeaker>) => Iterable<Q>,
): Library<Q> {
  const placed = summaries
    .map((summary) => ({
      summary,
      article: { id: summary.id, headline: summary.headline, outlet: summary.outlet, publishedOn: summary.publishedOn },
    }))
    .sort((a, b) => newestFirst(a.article, b.article));
  const quotes: Array<Q> = [];
  for (const { summary, article } of placed) {
    const speakers = summary.speakers.map((s) => ({ key: s.key, name: s.name, type: s.type }));
    for (const quote of quotesOf(summary, article, speakers)) quotes.push(quote);
  }
  return { articles: placed.map((p) => p.article), quotes };
}

/** A quote's speaker and what they are, from its speaker's place in its summary. */
function counted(summary: SummaryHead | ArticleSummary, article: LibraryArticle, speakers: Array<LibrarySpeaker>, place: number | null): CountedQuote {
  const facts = place === null ? undefined : summary.speakers[place];
  return {
    article,
    speaker: place === null ? null : (speakers[place] ?? null),
    sourceType: facts?.sourceType ?? 'unknown',
    gender: facts?.gender ?? 'unknown',
  };
}

/** The library with every quote whole: what its search, its lists and its table read. */
export function libraryOf(summaries: ReadonlyArray<ArticleSummary>): Library {
  return libraryFrom(summaries, (summary, article, speakers) =>
    summary.quotes.map((quote) => {
      // Written out rather than spread: a library holds tens of thousands of quotes.
      const facts = quote.speaker === null ? undefined : summary.speakers[quote.speaker];
      return {
        article,
        speaker: quote.speaker === null ? null : (speakers[quote.speaker] ?? null),
        sourceType: facts?.sourceType ?? 'unknown',
        gender: facts?.gender ?? 'unknown',
        id: quote.id,
        link: quote.link,
        text: quote.text,
        kind: quote.kind,
        verb: quote.verb,
      };
    }),
  );
}

/** The library as its heads give it, each quote as counted: what the overview's counts and charts read first. */
export function countedLibraryOf(heads: ReadonlyArray<SummaryHead>): Library<CountedQuote> {
  return libraryFrom(heads, (head, article, speakers) => head.quoteSpeakers.map((place) => counted(head, article, speakers, place)));
}

/** Which articles the overview counts: one outlet, and a range of dates (YYYY-MM-DD, both ends kept). */
export interface LibraryFilter {
  outlet: string | null;
  from: string | null;
  to: string | null;
}

/**
 * Whether an article passes the filter. A date is compared at its own precision, so an article dated
 * `2022-02` is inside a range that ends on 2022-02-10; an article without a date is outside any range.
 */
export function passesFilter(article: LibraryArticle, filter: LibraryFilter): boolean {
  if (filter.outlet !== null && article.outlet !== filter.outlet) return false;
  if (filter.from === null && filter.to === null) return true;
  const date = article.publishedOn;
  if (date === null) return false;
  if (filter.from !== null && date < filter.from.slice(0, date.length)) return false;
  return filter.to === null || date <= filter.to.slice(0, date.length);
}

/** The summaries of the articles that pass the filter, newest first as the overview lists them: what its table holds. */
export function summariesShown<S extends ArticleSummary | SummaryHead>(summaries: ReadonlyArray<S>, filter: LibraryFilter): Array<S> {
  return summaries.filter((summary) => passesFilter(summary, filter)).sort(newestFirst);
}

/** The ways the overview splits the quotes; each figure is one value of one of them. */
export const DIMENSIONS = ['speaker', 'type', 'gender', 'outlet', 'month'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * A quote's value on a dimension: the speaker's key, the source type, the gender, the outlet, the month
 * (YYYY-MM). The empty string stands for none: an unattributed quote, an article without outlet or month.
 */
export function valueOf(quote: CountedQuote, dimension: Dimension): string {
  switch (dimension) {
    case 'speaker':
      return quote.speaker?.key ?? '';
    case 'type':
      return quote.sourceType;
    case 'gender':
      return quote.gender;
    case 'outlet':
      return quote.article.outlet ?? '';
    case 'month':
      return quote.article.publishedOn && quote.article.publishedOn.length >= 7 ? quote.article.publishedOn.slice(0, 7) : '';
  }
}

/** One figure: a value of a dimension with its quotes, their share of all quotes, and the articles they are in. */
export interface Share {
  value: string;
  quotes: number;
  /** Of all the quotes counted, 0..1. */
  share: number;
  articles: number;
}

export interface MostQuoted {
  speaker: LibrarySpeaker;
  quotes: number;
  /** The articles that quote them, newest first. */
  articles: Array<LibraryArticle>;
}

export interface LibraryOverview {
  articles: number;
  quotes: number;
  /** People and organisations with at least one quote. */
  sources: number;
  mostQuoted: Array<MostQuoted>;
  byType: Array<Share>;
  byGender: Array<Share>;
  byOutlet: Array<Share>;
  byMonth: Array<Share>;
}

function sharesBy(quotes: ReadonlyArray<CountedQuote>, dimension: Dimension): Array<Share> {
  const counts = new Map<string, { quotes: number; articles: Set<string> }>();
  for (const quote of quotes) {
    const value = valueOf(quote, dimension);
    const entry = counts.get(value) ?? { quotes: 0, articles: new Set<string>() };
    entry.quotes += 1;
    entry.articles.add(quote.article.id);
    counts.set(value, entry);
  }
  return [...counts].map(([value, e]) => ({ value, quotes: e.quotes, share: e.quotes / quotes.length, articles: e.articles.size }));
}

/**
 * What the library holds, counted over the articles and quotes given (already filtered): the speakers most
 * quoted, most first, with the articles they speak in; and the share of quotes by source type, gender and outlet
 * (most first; unknown and none last) and by month (earliest first, none last).
 */
export function libraryOverview(articles: ReadonlyArray<LibraryArticle>, quotes: ReadonlyArray<CountedQuote>): LibraryOverview {
  const speakers = new Map<string, MostQuoted>();
  for (const quote of quotes) {
    if (!quote.speaker) continue;
    const entry = speakers.get(quote.speaker.key) ?? { speaker: quote.speaker, quotes: 0, articles: [] };
    entry.quotes += 1;
    if (entry.articles.at(-1)?.id !== quote.article.id) entry.articles.push(quote.article);
    speakers.set(quote.speaker.key, entry);
  }
  const last = (a: Share, b: Share) => Number(a.value === '' || a.value === 'unknown') - Number(b.value === '' || b.value === 'unknown');
  const mostFirst = (a: Share, b: Share) => last(a, b) || b.quotes - a.quotes || compareNames(a.value, b.value);
  return {
    articles: articles.length,
    quotes: quotes.length,
    sources: speakers.size,
    mostQuoted: [...speakers.values()].sort(
      (a, b) => b.quotes - a.quotes || b.articles.length - a.articles.length || compareNames(a.speaker.name, b.speaker.name),
    ),
    byType: sharesBy(quotes, 'type').sort(mostFirst),
    byGender: sharesBy(quotes, 'gender').sort(mostFirst),
    byOutlet: sharesBy(quotes, 'outlet').sort(mostFirst),
    byMonth: sharesBy(quotes, 'month').sort((a, b) => last(a, b) || compareCodeUnits(a.value, b.value)),
  };
}
