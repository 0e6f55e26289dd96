import { quotesInOrder } from './article';
import { quoteLinks } from './quoteLinks';
import { searchWords } from './quoteSearch';
import type { Article, Entity, Gender, SourceType } from './schema';
import { sourceOf } from './sources';

/**
 * The shape of a summary; a summary of another version is built again from its article, so a change here needs
 * only this number raised (and, to spare that work, a conversion in upgradedSummary). Version 2 keeps each summary
 * in two parts: its head, what the overview's counts and charts read first, and its quotes' words.
 */
export const SUMMARY_VERSION = 2;

/** A speaker of one article, as the library's views name and count them. */
export interface SummarySpeaker {
  /** The same for every article that names them alike ("Vladimir Putin" → `vladimir-putin`). */
  key: string;
  name: string;
  type: Entity['type'];
  role: string | null;
  sourceType: SourceType;
  gender: Gender;
}

export interface SummaryQuote {
  /** The quote's id in its article. */
  id: string;
  /** The key a link names it by (core/quoteLinks). */
  link: string;
  text: string;
  kind: 'direct' | 'reported';
  verb: string | null;
  /** Its speaker's place in the summary's speakers; null when unattributed. */
  speaker: number | null;
  confidence: number;
  corrected: boolean;
}

/**
 * What the library's overview, its search and its tables need of one article, a small fraction of the article:
 * kept beside each stored article, so that a view of the whole library reads these instead of every article.
 */
export interface ArticleSummary {
  version: typeof SUMMARY_VERSION;
  id: string;
  addedAt: string;
  headline: string;
  outlet: string | null;
  url: string | null;
  publishedOn: string | null;
  corrected: boolean;
  /** The people and organisations quoted, in the order the article names them. */
  speakers: Array<SummarySpeaker>;
  /** In reading order. */
  quotes: Array<SummaryQuote>;
}

/**
 * What the overview counts of one article: the summary without its quotes' words (a fifth of it, a seventh of a summary of version 1), each quote
 * standing as its speaker's place. The head is what the library reads first; the words follow after the first view.
 */
export interface SummaryHead extends Omit<ArticleSummary, 'quotes'> {
  /** Each quote's speaker (its place in speakers), in reading order; null when unattributed. */
  quoteSpeakers: Array<number | null>;
}

/** The rest of a summary: its quotes, in the head's order, without their speakers. */
export interface SummaryWords {
  version: typeof SUMMARY_VERSION;
  quotes: Array<Omit<SummaryQuote, 'speaker'>>;
}

/** Stands in the summaries for a stored record that does not read as an article, so it is not read again on every view. */
interface DamagedMark {
  version: typeof SUMMARY_VERSION;
  damaged: true;
}

/** The speaker key the library matches people by across articles. */
const speakerKey = (entity: Pick<Entity, 'id' | 'name'>): string => searchWords(entity.name).join('-') || entity.id;

export function summaryOf(article: Article, addedAt: string): ArticleSummary {
  const placed = quotesInOrder(article);
  // Only who is quoted: most articles name several times as many people and organisations as they quote, and the
  // views of the library count quotes.
  const quoted = new Set(placed.map(({ quote }) => quote.speakerId));
  const speakers: Array<SummarySpeaker> = [];
  const placeOf = new Map<string, number>();
  for (const entity of article.entities) {
    if (!quoted.has(entity.id)) continue;
    const facts = sourceOf(entity);
    placeOf.set(entity.id, speakers.length);
    speakers.push({ key: speakerKey(entity), name: entity.name, type: entity.type, role: entity.role ?? null, sourceType: facts.type, gender: facts.gender });
  }
  const links = quoteLinks(article);
  return {
    version: SUMMARY_VERSION,
    id: article.id,
    addedAt,
    headline: article.headline.text,
    outlet: article.publisher,
    url: article.url ?? null,
    // A date the text states is no publication date: the library's views, the CSV's `published` and Same quote
    // elsewhere's earliest read this one as when the article came out (a 2012 article dated by a 1967 coup it recalls).
    publishedOn: article.publishedOnFrom ? null : article.publishedOn,
    corrected: (article.corrections?.length ?? 0) > 0,
    speakers,
    quotes: placed.map(({ quote }) => ({
      id: quote.id,
      link: links.keyOf(quote.id) ?? quote.id,
      text: quote.text,
      kind: quote.kind,
      verb: quote.verb?.lemma ?? null,
      speaker: quote.speakerId === null ? null : (placeOf.get(quote.speakerId) ?? null),
      confidence: quote.confidence,
      corrected: quote.corrected === true,
    })),
  };
}

export function headOf(summary: ArticleSummary): SummaryHead {
  const { quotes, ...head } = summary;
  return { ...head, quoteSpeakers: quotes.map((quote) => quote.speaker) };
}

function wordsOf(summary: ArticleSummary): SummaryWords {
  return { version: SUMMARY_VERSION, quotes: summary.quotes.map(({ speaker: _, ...quote }) => quote) };
}

const DAMAGED: DamagedMark = { version: SUMMARY_VERSION, damaged: true };

/**
 * A summary as IndexedDB keeps it, in its two stores (its head, or the mark of a damaged record; and its words).
 * Kept as objects: stored as JSON text, 1,000 summaries read no faster in Chromium (IndexedDB's copy then JSON.parse
 * cost about what the objects' copy does), and 5,000 read slower.
 */
export function storedSummary(summary: ArticleSummary | null): { head: SummaryHead | DamagedMark; words: SummaryWords | null } {
  return summary ? { head: headOf(summary), words: wordsOf(summary) } : { head: DAMAGED, words: null };
}

const isVersion = (value: unknown, version: number): value is { version: number } =>
  value !== null && typeof value === 'object' && 'version' in value && value.version === version;

/**
 * What a stored head says: the head, `'damaged'` for a record known not to read as an article, or null when its
 * summary must be built again from its article (missing, or of another version).
 */
export function readStoredHead(value: unknown): SummaryHead | 'damaged' | null {
  if (!isVersion(value, SUMMARY_VERSION)) return null;
  return 'damaged' in value ? 'damaged' : (value as SummaryHead);
}

/** The whole summary of a head and its stored words; null when the words must be built again (missing, or of another version or length). */
export function joinedSummary(head: SummaryHead, stored: unknown): ArticleSummary | null {
  if (!isVersion(stored, SUMMARY_VERSION) || !('quotes' in stored) || !Array.isArray(stored.quotes)) return null;
  const words = stored as SummaryWords;
  if (words.quotes.length !== head.quoteSpeakers.length) return null;
  const { quoteSpeakers, ...rest } = head;
  return { ...rest, quotes: words.quotes.map((quote, i) => ({ ...quote, speaker: quoteSpeakers[i] ?? null })) };
}

/**
 * A summary as an older version stored it, in this version's parts, so that an upgrade need not read the articles
 * again; null when it was not readable then either (it is then built again from its article).
 */
export function upgradedSummary(value: unknown): ReturnType<typeof storedSummary> | null {
  // Version 1 kept the whole summary in one object.
  if (!isVersion(value, 1)) return null;
  if ('damaged' in value) return storedSummary(null);
  return 'quotes' in value && Array.isArray(value.quotes)
    ? storedSummary(onlyQuoted({ ...(value as unknown as ArticleSummary), version: SUMMARY_VERSION }))
    : null;
}

/** A summary of version 1, which kept every person and organisation named, with only those quoted (as summaryOf keeps them). */
function onlyQuoted(summary: ArticleSummary): ArticleSummary {
  const placeOf = new Map<number, number>();
  const speakers = summary.speakers.filter((_, i) => {
    if (!summary.quotes.some((quote) => quote.speaker === i)) return false;
    placeOf.set(i, placeOf.size);
    return true;
  });
  return {
    ...summary,
    speakers,
    quotes: summary.quotes.map((quote) => ({ ...quote, speaker: quote.speaker === null ? null : (placeOf.get(quote.speaker) ?? null) })),
  };
}
