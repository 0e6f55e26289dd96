import { quotesInOrder } from './article';
import { quoteLinks } from './quoteLinks';
import { searchWords } from './quoteSearch';
import type { Article, Entity, Gender, SourceType } from './schema';
import { sourceOf } from './sources';

/**
 * The shape of a summary; a summary of another version is built again from its article, so a change here needs
 * only this number raised.
 */
export const SUMMARY_VERSION = 1;

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
  speakers: Array<SummarySpeaker>;
  /** In reading order. */
  quotes: Array<SummaryQuote>;
}

/** Stands in the summaries for a stored record that does not read as an article, so it is not read again on every view. */
interface DamagedMark {
  version: typeof SUMMARY_VERSION;
  damaged: true;
}

/** The speaker key the library matches people by across articles. */
const speakerKey = (entity: Pick<Entity, 'id' | 'name'>): string => searchWords(entity.name).join('-') || entity.id;

export function summaryOf(article: Article, addedAt: string): ArticleSummary {
  const speakers: Array<SummarySpeaker> = [];
  const placeOf = new Map<string, number>();
  for (const entity of article.entities) {
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
    publishedOn: article.publishedOn,
    corrected: (article.corrections?.length ?? 0) > 0,
    speakers,
    quotes: quotesInOrder(article).map(({ quote }) => ({
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

const DAMAGED: DamagedMark = { version: SUMMARY_VERSION, damaged: true };

/**
 * A summary as IndexedDB keeps it, or the mark of a damaged record. Kept as an object: stored as JSON text, 1,000
 * summaries read no faster in Chromium (IndexedDB's copy then JSON.parse cost about what the objects' copy does),
 * and 5,000 read slower.
 */
export function storedSummary(summary: ArticleSummary | null): ArticleSummary | DamagedMark {
  return summary ?? DAMAGED;
}

/**
 * What a stored summary says: the summary, `'damaged'` for a record known not to read as an article, or null when
 * it must be built again from its article (missing, or of another version).
 */
export function readStoredSummary(value: unknown): ArticleSummary | 'damaged' | null {
  if (value === null || typeof value !== 'object' || !('version' in value) || value.version !== SUMMARY_VERSION) return null;
  return 'damaged' in value ? 'damaged' : (value as ArticleSummary);
}
