import { blocksInOrder, findQuote, inReadingOrder } from './article';
import { slugify } from './slug';
import type { Article, Block, Correction, Entity, Gender, Quote, SourceType } from './schema';

function mapBlocks(article: Article, change: (block: Block) => Block): Article {
  return {
    ...article,
    headline: change(article.headline),
    byline: article.byline && change(article.byline),
    paragraphs: article.paragraphs.map(change),
    figures: article.figures.map((f) => ({ ...f, caption: change(f.caption), credit: f.credit && change(f.credit) })),
    sourceCredit: article.sourceCredit && change(article.sourceCredit),
  };
}

function withQuote(article: Article, quoteId: string, change: (quote: Quote) => Quote): Article {
  return mapBlocks(article, (block) =>
    block.quotes.some((q) => q.id === quoteId) ? { ...block, quotes: block.quotes.map((q) => (q.id === quoteId ? change(q) : q)) } : block,
  );
}

/** Gives a quote to another speaker (or to nobody), marked as corrected, and remembers how to undo it; to its own, confirms them. */
export function changeSpeaker(article: Article, quoteId: string, speakerId: string | null): Article {
  const previous = blocksInOrder(article)
    .flatMap(({ block }) => block.quotes)
    .find((q) => q.id === quoteId);
  if (!previous) return article;
  const changed = withQuote(article, quoteId, (quote) => {
    // Confirming the speaker the quote has: the text's own cue still explains it, and only the doubt goes.
    if (speakerId !== null && speakerId === quote.speakerId) return { ...quote, confidence: 1, corrected: true };
    // The text's own cue and the words it points back to named someone else: they no longer explain the quote.
    return {
      ...quote,
      speakerId,
      cue: null,
      speakerRef: null,
      antecedent: null,
      resolution: speakerId === null ? 'unattributed' : 'name',
      confidence: 1,
      corrected: true,
    };
  });
  return { ...changed, corrections: [...(article.corrections ?? []), { kind: 'speaker', quoteId, from: previous.speakerId, to: speakerId, previous }] };
}

/** Marks a span as not a quote: it leaves the article, and the correction keeps it for undo. */
export function removeQuote(article: Article, quoteId: string): Article {
  const found = blocksInOrder(article).find(({ block }) => block.quotes.some((q) => q.id === quoteId));
  const quote = found?.block.quotes.find((q) => q.id === quoteId);
  if (!found || !quote) return article;
  const changed = mapBlocks(article, (block) => (block === found.block ? { ...block, quotes: block.quotes.filter((q) => q.id !== quoteId) } : block));
  return { ...changed, corrections: [...(article.corrections ?? []), { kind: 'remove', blockId: found.block.id, quote }] };
}

/** Adds a quote a reader selected, with the speaker they chose. */
export function addQuote(article: Article, blockId: string, start: number, end: number, kind: Quote['kind'], speakerId: string | null): Article {
  const ids = new Set(blocksInOrder(article).flatMap(({ block }) => block.quotes.map((q) => q.id)));
  let n = ids.size + 1;
  while (ids.has(`q${n}`)) n++;
  const quoteId = `q${n}`;
  const changed = mapBlocks(article, (block) => {
    if (block.id !== blockId) return block;
    const quote: Quote = {
      start,
      end,
      text: block.text.slice(start, end),
      id: quoteId,
      kind,
      speakerId,
      cue: null,
      speakerRef: null,
      resolution: speakerId === null ? 'unattributed' : 'name',
      antecedent: null,
      confidence: 1,
      corrected: true,
    };
    return { ...block, quotes: inReadingOrder([...block.quotes, quote]) };
  });
  return { ...changed, corrections: [...(article.corrections ?? []), { kind: 'add', blockId, quoteId }] };
}

/** Takes back the latest correction. */
export function undoCorrection(article: Article): Article {
  const corrections = article.corrections ?? [];
  const last: Correction | undefined = corrections.at(-1);
  if (!last) return article;
  const rest = corrections.slice(0, -1);
  let reverted: Article;
  switch (last.kind) {
    case 'speaker':
      reverted = withQuote(article, last.quoteId, () => last.previous);
      break;
    case 'remove':
      reverted = mapBlocks(article, (block) => (block.id === last.blockId ? { ...block, quotes: inReadingOrder([...block.quotes, last.quote]) } : block));
      break;
    case 'add':
      reverted = mapBlocks(article, (block) => (block.id === last.blockId ? { ...block, quotes: block.quotes.filter((q) => q.id !== last.quoteId) } : block));
      break;
    case 'new-person':
      reverted = { ...article, entities: article.entities.filter((e) => e.id !== last.entityId) };
      break;
    case 'source':
      reverted = { ...article, entities: article.entities.map((e) => (e.id === last.entityId ? last.previous : e)) };
      break;
    case 'merge':
      reverted = unmerge(article, last);
      break;
  }
  const { corrections: _, ...plain } = reverted;
  return rest.length > 0 ? { ...plain, corrections: rest } : plain;
}

/** What a reader says of a person the engine missed, or of a source it typed wrongly. */
export interface SourceChange {
  sourceType?: SourceType;
  gender?: Gender;
}

/**
 * Adds a person (or, with `type` `organization`, an organisation) the engine missed, for "New person…" or "New
 * organisation…" in a correction, marked as added by hand. A person's source type is never `organisation` (it reads
 * as `unknown` instead), and an organisation's is always `organisation`, with no gender: the Sources region, the gender
 * counts and "Only this person" go by the entity's type. Returns the article and the new entity's id, which is unique
 * in it; the name must have a letter in it.
 */
export function addPerson(
  article: Article,
  name: string,
  role: string | null,
  facts: SourceChange,
  type: NewSpeakerType = 'person',
): { article: Article; entityId: string } {
  const clean = name.trim().replace(/\s+/g, ' ');
  const base = slugify(clean, type === 'person' ? 'person' : 'organisation');
  let entityId = base;
  for (let n = 2; article.entities.some((e) => e.id === entityId); n++) entityId = `${base}-${n}`;
  const person = type === 'person';
  const sourceType = person ? (facts.sourceType === 'organisation' ? 'unknown' : (facts.sourceType ?? 'unknown')) : 'organisation';
  const entity: Entity = {
    id: entityId,
    type,
    name: clean,
    role: role?.trim() || null,
    aliases: [],
    sourceType,
    sourceEvidence: null,
    ...(person && { gender: facts.gender ?? 'unknown', genderEvidence: null }),
    corrected: true,
  };
  return {
    article: { ...article, entities: [...article.entities, entity], corrections: [...(article.corrections ?? []), { kind: 'new-person', entityId }] },
    entityId,
  };
}

/** What a reader can add as a speaker: a person ("New person…") or an organisation ("New organisation…"). */
export type NewSpeakerType = 'person' | 'organization';

/**
 * A person a reader adds in a correction ("New person…"): their name, role and what kind of source they are; with
 * `type` `organization`, an organisation ("New organisation…"), whose source type and gender are not asked.
 */
export interface NewPerson {
  /** Absent for a person. */
  type?: NewSpeakerType;
  name: string;
  role: string;
  sourceType: SourceType;
  gender: Gender;
}

/**
 * Adds a person (or organisation) and, in the same step, gives them something (`changeSpeaker`, `addQuote`): what
 * "New person…" in a correction does. {@link undoStep} takes both back at once.
 */
export function withNewPerson(article: Article, person: NewPerson, give: (article: Article, entityId: string) => Article): Article {
  const added = addPerson(article, person.name, person.role, { sourceType: person.sourceType, gender: person.gender }, person.type);
  return give(added.article, added.entityId);
}

/** Whom a correction gave a quote to, if it gave one. */
function receiver(article: Article, correction: Correction): string | null {
  if (correction.kind === 'speaker') return correction.to;
  if (correction.kind === 'add') return findQuote(article, correction.quoteId)?.quote.speakerId ?? null;
  return null;
}

/**
 * Takes back a reader's last step: the latest correction, and with it the person added for it when it gave a quote
 * to someone added just before ("New person…" is one step for the reader, though it is two corrections).
 */
export function undoStep(article: Article): Article {
  const corrections = article.corrections ?? [];
  const last = corrections.at(-1);
  const before = corrections.at(-2);
  const undone = undoCorrection(article);
  if (!last || before?.kind !== 'new-person') return undone;
  return receiver(article, last) === before.entityId ? undoCorrection(undone) : undone;
}

/** Sets a source's type or gender by hand; the evidence for what changed goes, as the text no longer shows it. */
export function setSource(article: Article, entityId: string, facts: SourceChange): Article {
  const previous = article.entities.find((e) => e.id === entityId);
  if (!previous) return article;
  const changed: Entity = { ...previous, corrected: true };
  if (facts.sourceType !== undefined && facts.sourceType !== previous.sourceType)
    Object.assign(changed, { sourceType: facts.sourceType, sourceEvidence: null });
  if (facts.gender !== undefined && facts.gender !== previous.gender) Object.assign(changed, { gender: facts.gender, genderEvidence: null });
  return {
    ...article,
    entities: article.entities.map((e) => (e.id === entityId ? changed : e)),
    corrections: [...(article.corrections ?? []), { kind: 'source', entityId, previous }],
  };
}

/**
 * Makes two entities one ("Sarah Sanders" and "Sarah Huckabee Sanders"): the merged one's quotes and mentions go
 * to the kept one, and its name and aliases become the kept one's aliases. Undo takes it all back.
 */
export function mergePeople(article: Article, keptId: string, mergedId: string): Article {
  const kept = article.entities.find((e) => e.id === keptId);
  const merged = article.entities.find((e) => e.id === mergedId);
  if (!kept || !merged || kept === merged) return article;
  const quoteIds: Array<string> = [];
  const mentions: Array<{ blockId: string; start: number }> = [];
  const moved = mapBlocks(article, (block) => ({
    ...block,
    quotes: block.quotes.map((q) => (q.speakerId === mergedId ? (quoteIds.push(q.id), { ...q, speakerId: keptId }) : q)),
    mentions: block.mentions.map((m) => (m.entityId === mergedId ? (mentions.push({ blockId: block.id, start: m.start }), { ...m, entityId: keptId }) : m)),
  }));
  const aliases = [...new Set([...kept.aliases, merged.name, ...merged.aliases])].filter((a) => a !== kept.name);
  return {
    ...moved,
    entities: moved.entities.filter((e) => e.id !== mergedId).map((e) => (e.id === keptId ? { ...e, aliases } : e)),
    corrections: [...(article.corrections ?? []), { kind: 'merge', keptId, merged, quoteIds, mentions, keptAliases: kept.aliases }],
  };
}

function unmerge(article: Article, merge: Extract<Correction, { kind: 'merge' }>): Article {
  const quoteIds = new Set(merge.quoteIds);
  const back = mapBlocks(article, (block) => ({
    ...block,
    quotes: block.quotes.map((q) => (quoteIds.has(q.id) ? { ...q, speakerId: merge.merged.id } : q)),
    mentions: block.mentions.map((m) =>
      m.entityId === merge.keptId && merge.mentions.some((r) => r.blockId === block.id && r.start === m.start) ? { ...m, entityId: merge.merged.id } : m,
    ),
  }));
  const entities = back.entities.map((e) => (e.id === merge.keptId ? { ...e, aliases: merge.keptAliases } : e));
  return { ...back, entities: [...entities, merge.merged] };
}
