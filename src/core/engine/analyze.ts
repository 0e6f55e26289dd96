import { ARTICLE_FORMAT, ARTICLE_FORMAT_VERSION, type Article, type Block } from '../schema';
import { slugify } from '../slug';
import { articleEntities } from './assemble/entities';
import { entityIds } from './assemble/entityIds';
import { mentionsByBlock } from './assemble/mentions';
import { quotesByBlock } from './assemble/quotes';
import { slotsOf, slotTexts, type SlotRole } from './assemble/slots';
import { withoutInconsistencies } from './assemble/consistent';
import { findQuotes } from './attribution/findQuotes';
import { blockSentences } from './blockSentences';
import { cleanArticle } from './clean';
import { referenceInstant, statedDate } from './dates';
import { findEvents } from './dates/events';
import { findEntities } from './entities/findEntities';

/** Characters a dateline holds at most: "Wednesday, September 30, 2020" and a little more. */
const DATELINE_LENGTH = 40;

export interface AnalyzeOptions {
  /** ISO day the article was published; relative dates resolve from it. Found in the text when absent. */
  publishedOn?: string | null;
  /** A headline the reader wrote for a text that starts without one; see takeHeadline. */
  headline?: string | null;
  /** Where the article was published, when the reader or the page says so. */
  url?: string | null;
  /** The outlet that published it, when known; otherwise read from a byline that names no person. */
  publisher?: string | null;
  /** The article's id; made from the headline when absent. */
  id?: string;
  /** Told as each stage starts, with the share of the work done so far (0..1). */
  onProgress?: (stage: string, done: number) => void;
  /** Told each quote's id and the sieve/resolution key its confidence comes from (for calibration). */
  onAttribution?: (quoteId: string, calibrationKey: string) => void;
}

/**
 * Turns an article's raw text into the reader's article: cleaned blocks, people, places and organisations
 * with their mentions, direct and reported quotes with their attribution, and dated events. Never throws:
 * text it cannot read yields fewer findings, not an error; every span it returns matches its text.
 */
export function analyzeArticle(raw: string, options: AnalyzeOptions = {}): Article {
  const progress = options.onProgress ?? (() => {});
  progress('Cleaning the text', 0);
  const cleaned = cleanArticle(typeof raw === 'string' ? raw.replace(/^\uFEFF/, '') : '', options.headline);
  const slots = slotsOf(cleaned);
  const texts = slotTexts(slots);
  // The dateline's date (cleanArticle sets "Thursday, May 16, 2019" under a Wikinews headline apart), or the byline's, or
  // that of a first paragraph that is little more than a date ("Washington, May 16, 2019"). A date from further in may be that of anything
  // the text tells (gv-greece-police-violence-immigrants-2012-05-12 would date itself 21 April 1967), so the article
  // says where it came from.
  const firstParagraph = slots.find((s) => s.role === 'paragraph');
  const bylineDate = statedDate([
    ...(cleaned.dateline ? [cleaned.dateline] : []),
    ...slots.filter((s) => s.role === 'byline' || (s === firstParagraph && s.text.length <= DATELINE_LENGTH)).map((s) => s.text),
  ]);
  const textDate =
    options.publishedOn != null || bylineDate ? null : statedDate(slots.filter((s) => s.role === 'caption' || s.role === 'paragraph').map((s) => s.text));
  const publishedOn = options.publishedOn ?? bylineDate ?? textDate;
  progress('Finding people, places and organisations', 0.15);
  const index = findEntities(texts, 0, new Set(slots.flatMap((s, i) => (s.role === 'credit' ? [i] : []))));
  progress('Finding quotes and who said them', 0.45);
  const found = findQuotes(
    texts,
    slots.map((s) => s.role === 'headline' || s.role === 'paragraph'),
    index,
  );
  progress('Dating events', 0.8);
  const events = findEvents(
    texts,
    blockSentences(texts),
    slots.map((s) => s.role === 'paragraph'),
    publishedOn ? referenceInstant(publishedOn) : null,
  );
  const ids = entityIds(index.entities);
  const entities = articleEntities(slots, index.entities, found, ids);
  // A description that spoke no quote is no entity (articleEntities), so its words are no mention either.
  const shown = new Set(entities.map((e) => e.id));
  const mentions = mentionsByBlock(
    texts,
    index.entities.filter((e) => shown.has(ids.get(e) ?? e.key)),
    found.quotes,
    ids,
  );
  const quotes = quotesByBlock(slots, found.quotes, ids, options.onAttribution);
  const blocks: Array<Block> = slots.map((slot, i) => ({ id: slot.id, text: slot.text, mentions: mentions[i] ?? [], quotes: quotes[i] ?? [] }));
  const blockOf = (role: SlotRole) => blocks.filter((_, i) => slots[i]?.role === role);
  const figureBlocks = blocks.filter((_, i) => slots[i]?.role === 'caption' || slots[i]?.role === 'credit');
  let figureBlock = 0;
  const article: Article = {
    format: ARTICLE_FORMAT,
    version: ARTICLE_FORMAT_VERSION,
    id: options.id ?? slugify(cleaned.headline, 'article'),
    language: 'en',
    publishedOn: publishedOn ?? null,
    ...(textDate ? { publishedOnFrom: 'text' as const } : {}),
    publisher: options.publisher || (cleaned.byline && !/^(?:written\s+)?by\s/i.test(cleaned.byline) ? cleaned.byline : null),
    ...(options.url ? { url: options.url } : {}),
    headline: blocks[0] ?? { id: 'headline', text: 'Untitled article', mentions: [], quotes: [] },
    byline: blockOf('byline')[0] ?? null,
    paragraphs: blockOf('paragraph'),
    figures: cleaned.figures.map((figure, i) => {
      const caption = figureBlocks[figureBlock++] ?? { id: `figure-${i + 1}-caption`, text: figure.caption, mentions: [], quotes: [] };
      const credit = figure.credit ? (figureBlocks[figureBlock++] ?? null) : null;
      return { id: `figure-${i + 1}`, kind: figure.kind, afterParagraph: figure.afterParagraph, caption, credit };
    }),
    sourceCredit: blockOf('source')[0] ?? null,
    entities,
    events: events.map((event, i) => ({
      id: `event-${i + 1}`,
      date: event.date,
      label: event.label,
      blockId: slots[event.block]?.id ?? 'headline',
      evidence: event.evidence ? { ...event.evidence, text: (texts[event.block] ?? '').slice(event.evidence.start, event.evidence.end) } : null,
    })),
  };
  if (article.paragraphs.length === 0) article.paragraphs.push({ id: 'p1', text: article.headline.text, mentions: [], quotes: [] });
  return withoutInconsistencies(article);
}
