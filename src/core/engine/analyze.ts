import { ARTICLE_FORMAT, ARTICLE_FORMAT_VERSION, type Article, type Block, type Entity, type Evidence, type Mention, type Quote } from '../schema';
import { splitSentences } from '../sentences';
import { slugify } from '../slug';
import { checkConsistency } from '../validate';
import { cleanArticle } from './clean';
import { findEvents, referenceInstant, statedDate } from './dates';
import { findEntities } from './entities/findEntities';
import type { FoundEntity } from './entities/types';
import { findQuotes } from './attribution/findQuotes';
import type { FoundQuote, Located } from './attribution/types';
import { calibrationKey, confidenceOf } from './calibration';
import type { StatedGender } from './attribution/coreference';
import { quoteVerb } from './sources/quoteVerb';
import { statedGenders } from './sources/genders';
import { sourceTypes } from './sources/sourceTypes';

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

type Role = 'headline' | 'byline' | 'paragraph' | 'caption' | 'credit' | 'source';

interface Slot {
  id: string;
  role: Role;
  text: string;
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
  const slots: Array<Slot> = [{ id: 'headline', role: 'headline', text: cleaned.headline }];
  if (cleaned.byline) slots.push({ id: 'byline', role: 'byline', text: cleaned.byline });
  cleaned.paragraphs.forEach((text, i) => slots.push({ id: `p${i + 1}`, role: 'paragraph', text }));
  cleaned.figures.forEach((figure, i) => {
    slots.push({ id: `figure-${i + 1}-caption`, role: 'caption', text: figure.caption });
    if (figure.credit) slots.push({ id: `figure-${i + 1}-credit`, role: 'credit', text: figure.credit });
  });
  if (cleaned.sourceCredit) slots.push({ id: 'source-credit', role: 'source', text: cleaned.sourceCredit });
  const texts = slots.map((slot) => slot.text);

  const publishedOn =
    options.publishedOn ?? statedDate(slots.filter((s) => s.role === 'caption' || s.role === 'byline' || s.role === 'paragraph').map((s) => s.text));
  progress('Finding people, places and organisations', 0.15);
  const index = findEntities(texts, 0);
  progress('Finding quotes and who said them', 0.45);
  const { quotes, genders, anonymity } = findQuotes(
    texts,
    slots.map((s) => s.role === 'headline' || s.role === 'paragraph'),
    index,
  );
  progress('Dating events', 0.8);
  const sentences = texts.map((text) => splitSentences(text));
  const events = findEvents(
    texts,
    sentences,
    slots.map((s) => s.role === 'paragraph'),
    publishedOn ? referenceInstant(publishedOn) : null,
  );

  const ids = new Map<FoundEntity, string>();
  const used = new Set<string>();
  for (const entity of index.entities) {
    let id = slugify(entity.name, entity.type);
    for (let n = 2; used.has(id); n++) id = `${slugify(entity.name, entity.type)}-${n}`;
    used.add(id);
    ids.set(entity, id);
  }
  const speakers = new Set(quotes.map((q) => q.speaker).filter((s): s is FoundEntity => s !== null));
  // A building that speaks ("the Kremlin said") is the institution; a country that speaks stays a place.
  for (const speaker of speakers)
    if (speaker.type === 'place' && /^(?:the\s+)?(?:kremlin|white house|pentagon|elys[ée]e|downing street)/i.test(speaker.name)) speaker.type = 'organization';
  const evidence = (at: Located | null): Evidence | null => {
    const text = at ? (texts[at.block] ?? '').slice(at.start, at.end) : '';
    return at && text ? { start: at.start, end: at.end, text, blockId: slots[at.block]?.id ?? '' } : null;
  };
  const types = sourceTypes(texts, quotes, anonymity);
  const stated = statedGenders(texts, index.entities, genders);
  const entities: Array<Entity> = index.entities
    // An unnamed source is a person only as one who speaks: a description that speaks no quote stays plain text.
    .filter((e) => speakers.has(e) || (e.mentions.length > 0 && !anonymity.has(e)))
    .map((e) => {
      const entity: Entity = { id: ids.get(e) ?? e.key, type: e.type, name: e.name, role: e.role, aliases: [...e.aliases].filter((a) => a !== e.name) };
      const typed = types.get(e);
      if (typed) Object.assign(entity, { sourceType: typed.type, sourceEvidence: evidence(typed.evidence) });
      if (e.type !== 'place') Object.assign(entity, genderOf(stated.get(e), evidence));
      const unnamed = anonymity.get(e);
      if (unnamed) entity.anonymity = { reason: evidence(unnamed.reason) };
      return entity;
    });

  // Names first, then the role nouns and pronouns that quotes resolved; where two overlap, the earlier-listed wins.
  const candidates = texts.map(() => new Array<{ mention: Mention; rank: number }>());
  const addMention = (entity: FoundEntity, at: Located, form: Mention['form']) => {
    const list = candidates[at.block];
    list?.push({
      mention: { start: at.start, end: at.end, text: (texts[at.block] ?? '').slice(at.start, at.end), entityId: ids.get(entity) ?? entity.key, form },
      rank: list.length,
    });
  };
  for (const entity of index.entities) for (const m of entity.mentions) addMention(entity, m, m.form);
  for (const quote of quotes) {
    if (quote.speaker && quote.speakerRef && (quote.resolution === 'pronoun' || quote.resolution === 'role'))
      addMention(quote.speaker, quote.speakerRef, quote.resolution);
  }
  const mentionsBySlot = candidates.map((list) => {
    const kept: Array<{ mention: Mention; rank: number }> = [];
    for (const candidate of [...list].sort((a, b) => a.mention.start - b.mention.start || a.rank - b.rank)) {
      const last = kept.at(-1);
      if (!last || candidate.mention.start >= last.mention.end) kept.push(candidate);
      else if (candidate.rank < last.rank && candidate.mention.start >= (kept.at(-2)?.mention.end ?? 0)) kept[kept.length - 1] = candidate;
    }
    return kept.map((k) => k.mention);
  });

  const quotesBySlot = texts.map(() => new Array<Quote>());
  const span = (at: Located | null, owner: number) => {
    if (!at) return null;
    const text = (texts[at.block] ?? '').slice(at.start, at.end);
    if (!text) return null;
    return at.block === owner ? { start: at.start, end: at.end, text } : { start: at.start, end: at.end, text, blockId: slots[at.block]?.id ?? '' };
  };
  quotes.forEach((quote: FoundQuote, i) => {
    const text = texts[quote.block] ?? '';
    options.onAttribution?.(`q${i + 1}`, calibrationKey(quote));
    quotesBySlot[quote.block]?.push({
      start: quote.start,
      end: quote.end,
      text: text.slice(quote.start, quote.end),
      id: `q${i + 1}`,
      kind: quote.kind,
      speakerId: quote.speaker ? (ids.get(quote.speaker) ?? null) : null,
      cue: span(quote.cue, quote.block),
      speakerRef: span(quote.speakerRef, quote.block),
      resolution: quote.speaker ? quote.resolution : 'unattributed',
      antecedent: quote.speaker ? span(quote.antecedent, quote.block) : null,
      confidence: Math.round(confidenceOf(quote) * 100) / 100,
      verb: quoteVerb(texts, quote.cue, quote.speakerRef),
    });
  });

  const blocks: Array<Block> = slots.map((slot, i) => ({
    id: slot.id,
    text: slot.text,
    mentions: mentionsBySlot[i] ?? [],
    quotes: quotesBySlot[i] ?? [],
  }));
  const blockOf = (role: Role) => blocks.filter((_, i) => slots[i]?.role === role);
  let figureBlock = 0;
  const figureBlocks = blocks.filter((_, i) => slots[i]?.role === 'caption' || slots[i]?.role === 'credit');
  const article: Article = {
    format: ARTICLE_FORMAT,
    version: ARTICLE_FORMAT_VERSION,
    id: options.id ?? slugify(cleaned.headline, 'article'),
    language: 'en',
    publishedOn: publishedOn ?? null,
    publisher: options.publisher || (cleaned.byline && !/^by\s/i.test(cleaned.byline) ? cleaned.byline : null),
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

/**
 * A person's gender as the article writes it: only a gender the text states (a pronoun resolved to them, an
 * honorific, a gendered noun) with the words that state it; never from a first name. Unknown otherwise.
 */
function genderOf(stated: StatedGender | undefined, evidence: (at: Located | null) => Evidence | null): Pick<Entity, 'gender' | 'genderEvidence'> {
  const words = stated ? evidence(stated.evidence) : null;
  if (!stated || !words) return { gender: 'unknown', genderEvidence: null };
  return { gender: stated.gender === 'female' ? 'woman' : 'man', genderEvidence: words };
}

/** An entity with no words shown as evidence: a gender without its words is no longer stated. */
function withoutEvidence(entity: Entity): Entity {
  const bare: Entity = { ...entity };
  if (bare.sourceEvidence) bare.sourceEvidence = null;
  if (bare.genderEvidence) Object.assign(bare, { gender: 'unknown', genderEvidence: null });
  if (bare.anonymity) bare.anonymity = { reason: null };
  return bare;
}

/** Drops whatever the checks reject, so that a bug in one finding never costs the whole article. */
function withoutInconsistencies(article: Article): Article {
  if (checkConsistency(article).length === 0) return article;
  const strip = (block: Block): Block => ({ ...block, mentions: [], quotes: [] });
  const bare: Article = {
    ...article,
    headline: strip(article.headline),
    byline: article.byline && strip(article.byline),
    paragraphs: article.paragraphs.map(strip),
    figures: article.figures.map((f) => ({ ...f, caption: strip(f.caption), credit: f.credit && strip(f.credit) })),
    sourceCredit: article.sourceCredit && strip(article.sourceCredit),
    entities: article.entities.map(withoutEvidence),
    events: [],
  };
  article.entities.forEach((entity, i) => {
    bare.entities[i] = entity;
    if (checkConsistency(bare).length > 0) bare.entities[i] = withoutEvidence(entity);
  });
  // Put the findings back one block at a time, keeping each block's only if the article stays consistent.
  const restore = (original: Block, target: Block) => {
    target.mentions = original.mentions;
    if (checkConsistency(bare).length > 0) target.mentions = [];
    for (const quote of original.quotes) {
      target.quotes.push(quote);
      if (checkConsistency(bare).length > 0) target.quotes.pop();
    }
  };
  restore(article.headline, bare.headline);
  article.paragraphs.forEach((p, i) => bare.paragraphs[i] && restore(p, bare.paragraphs[i]));
  for (const event of article.events) {
    bare.events.push(event);
    if (checkConsistency(bare).length > 0) bare.events.pop();
  }
  return bare;
}
