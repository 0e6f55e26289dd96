import { searchWords } from './quoteSearch';
import type { Article, SourceType } from './schema';
import { sourceOf } from './sources';
import { speakerShares } from './shares';
import { compareCodeUnits, compareNames } from './textOrder';

/** A speaker of one article or both, by their name as the library matches it (see core/libraryOverview). */
export interface ComparedSpeaker {
  key: string;
  name: string;
  /** Quotes in the first and in the second article. */
  quotes: [number, number];
}

/** One source type's share of an article's quoted words, 0..1. */
export interface TypeShare {
  type: SourceType;
  share: number;
}

export interface SourceComparison {
  /** Speakers both articles quote, most quoted (in both together) first. */
  shared: Array<ComparedSpeaker>;
  /** Voices only the first article has; then only the second. */
  onlyFirst: Array<ComparedSpeaker>;
  onlySecond: Array<ComparedSpeaker>;
  /** Each article's share of quoted words by its speakers' source type, largest first; unattributed words count as unknown. */
  byType: [Array<TypeShare>, Array<TypeShare>];
}

function typeShares(article: Article): Array<TypeShare> {
  const words = new Map<SourceType, number>();
  let total = 0;
  for (const { speaker, words: n } of speakerShares(article)) {
    const type = speaker ? sourceOf(speaker).type : 'unknown';
    words.set(type, (words.get(type) ?? 0) + n);
    total += n;
  }
  return [...words]
    .map(([type, n]) => ({ type, share: total ? n / total : 0 }))
    .filter((s) => s.share > 0)
    .sort((a, b) => b.share - a.share || compareCodeUnits(a.type, b.type));
}

function speakersOf(article: Article): Map<string, { name: string; quotes: number }> {
  const speakers = new Map<string, { name: string; quotes: number }>();
  for (const { speaker, quotes } of speakerShares(article)) {
    if (!speaker) continue;
    const key = searchWords(speaker.name).join('-') || speaker.id;
    const entry = speakers.get(key) ?? { name: speaker.name, quotes: 0 };
    entry.quotes += quotes;
    speakers.set(key, entry);
  }
  return speakers;
}

/**
 * Two articles side by side: the speakers they share, the voices one has and the other lacks, and each one's
 * share of quoted words by source type. Speakers match by name, as across the library.
 */
export function compareSources(first: Article, second: Article): SourceComparison {
  const a = speakersOf(first);
  const b = speakersOf(second);
  const byQuotes = (x: ComparedSpeaker, y: ComparedSpeaker) => y.quotes[0] + y.quotes[1] - (x.quotes[0] + x.quotes[1]) || compareNames(x.name, y.name);
  const shared: Array<ComparedSpeaker> = [];
  const onlyFirst: Array<ComparedSpeaker> = [];
  for (const [key, { name, quotes }] of a) {
    const other = b.get(key);
    if (other) shared.push({ key, name, quotes: [quotes, other.quotes] });
    else onlyFirst.push({ key, name, quotes: [quotes, 0] });
  }
  const onlySecond = [...b].filter(([key]) => !a.has(key)).map(([key, { name, quotes }]): ComparedSpeaker => ({ key, name, quotes: [0, quotes] }));
  return {
    shared: shared.sort(byQuotes),
    onlyFirst: onlyFirst.sort(byQuotes),
    onlySecond: onlySecond.sort(byQuotes),
    byType: [typeShares(first), typeShares(second)],
  };
}
