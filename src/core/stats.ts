import { blocksAsStored, blocksInOrder, quotesInOrder } from './article';
import type { Article, Block, Entity, Quote } from './schema';

/**
 * The people with quotes in their colours' order (see speakerSlots), which is the order a reader first hears them in
 * until a correction. The key above the text and Filter by person both list them so: the two lists read in the same
 * colours, and a correction that changes who has more quotes moves no row (nor a checkbox under the pointer).
 */
export function speakersInOrder(article: Article, slots: ReadonlyMap<string, number>): Array<Entity> {
  const counts = quoteCounts(article);
  return article.entities.filter((e) => counts.has(e.id)).sort((a, b) => (slots.get(a.id) ?? 0) - (slots.get(b.id) ?? 0));
}

/**
 * Each speaker's colour, as a place among the speakers: the order the analysis first heard them in, so that a
 * correction repaints nobody. People who only got quotes from corrections come after, and a speaker corrected away
 * (or merged into another) keeps their place, left empty, so nobody after them moves up.
 */
export function speakerSlots(article: Article): Map<string, number> {
  const blockOrder = new Map(blocksInOrder(article).map(({ block }, i) => [block.id, i]));
  const placed: Array<{ quote: Quote; block: Pick<Block, 'id'> }> = quotesInOrder(article);
  // Who each corrected quote was given to by the analysis; null for a quote a reader added.
  const analysed = new Map<string, string | null>();
  for (const c of article.corrections ?? []) {
    if (c.kind === 'add') analysed.set(c.quoteId, null);
    if (c.kind === 'remove') placed.push({ quote: c.quote, block: { id: c.blockId } });
    if (c.kind === 'speaker' && !analysed.has(c.quoteId)) analysed.set(c.quoteId, c.from);
    if (c.kind === 'merge') for (const id of c.quoteIds) if (!analysed.has(id)) analysed.set(id, c.merged.id);
  }
  placed.sort((a, b) => (blockOrder.get(a.block.id) ?? -1) - (blockOrder.get(b.block.id) ?? -1) || a.quote.start - b.quote.start);
  const slots = new Map<string, number>();
  // Ids are all entities' (core/consistency checks it), the merged-away ones' too.
  const give = (id: string | null | undefined) => id && !slots.has(id) && slots.set(id, slots.size);
  for (const { quote } of placed) give(analysed.has(quote.id) ? analysed.get(quote.id) : quote.speakerId);
  for (const { quote } of placed) give(quote.speakerId);
  return slots;
}

/** How many quotes each speaker has, by speaker id. */
export function quoteCounts(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { quote } of quotesInOrder(article)) {
    if (quote.speakerId !== null) counts.set(quote.speakerId, (counts.get(quote.speakerId) ?? 0) + 1);
  }
  return counts;
}

/**
 * The quotes that stay buttons under a filter by person: all of them when nobody is chosen,
 * else only the chosen people's.
 */
export function activeQuoteIds(article: Article, personIds: ReadonlyArray<string>): Set<string> | null {
  if (personIds.length === 0) return null;
  const chosen = new Set(personIds);
  // A set, so the blocks are walked as they lie: a filter toggle on a long article computes it in the frame that answers.
  const ids = new Set<string>();
  for (const block of blocksAsStored(article)) {
    for (const quote of block.quotes) if (quote.speakerId !== null && chosen.has(quote.speakerId)) ids.add(quote.id);
  }
  return ids;
}
