import { blocksInOrder, speakerOf } from './article';
import type { Article, Entity, Quote } from './schema';

export interface Counts {
  /** Found and right. */
  hits: number;
  /** Found in all. */
  found: number;
  /** In the gold. */
  gold: number;
}

export interface Scores {
  direct: Counts;
  reported: Counts;
  people: Counts;
  places: Counts;
  organizations: Counts;
  /** Of the direct quotes found and in the gold, how many have the gold's speaker. */
  directSpeaker: { right: number; of: number };
  /** Of all quotes found and in the gold, how many have the gold's speaker. */
  anySpeaker: { right: number; of: number };
  /** Quotes the engine left unattributed, of all it found. */
  unattributed: { count: number; of: number };
  /** Gold events whose block the engine dated the same. */
  dates: { right: number; of: number };
}

export const precision = (c: Counts) => (c.found === 0 ? (c.gold === 0 ? 1 : 0) : c.hits / c.found);
export const recall = (c: Counts) => (c.gold === 0 ? 1 : c.hits / c.gold);
export const f1 = (c: Counts) => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

interface PlacedQuote {
  quote: Quote;
  /** The text of the block it is in: blocks are matched by text, since engines may number them differently. */
  blockText: string;
}

function quotesOf(article: Article, kind: Quote['kind']): Array<PlacedQuote> {
  return blocksInOrder(article).flatMap(({ block }) => block.quotes.filter((q) => q.kind === kind).map((quote) => ({ quote, blockText: block.text })));
}

function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : overlap / union;
}

/** Pairs found quotes with gold ones, one to one, where they are in the same text and overlap enough. */
function matchQuotes(found: Array<PlacedQuote>, gold: Array<PlacedQuote>, threshold: number): Array<[PlacedQuote, PlacedQuote]> {
  const pairs: Array<[PlacedQuote, PlacedQuote, number]> = [];
  for (const f of found)
    for (const g of gold) {
      if (f.blockText !== g.blockText) continue;
      const ratio = overlapRatio(f.quote, g.quote);
      if (ratio >= threshold) pairs.push([f, g, ratio]);
    }
  pairs.sort((a, b) => b[2] - a[2]);
  const usedF = new Set<PlacedQuote>();
  const usedG = new Set<PlacedQuote>();
  const matched: Array<[PlacedQuote, PlacedQuote]> = [];
  for (const [f, g] of pairs) {
    if (usedF.has(f) || usedG.has(g)) continue;
    usedF.add(f);
    usedG.add(g);
    matched.push([f, g]);
  }
  return matched;
}

const normalise = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function namesOf(entity: Entity): Set<string> {
  return new Set([entity.name, ...entity.aliases].map(normalise).filter(Boolean));
}

/** Two entities are the same when they share a name or alias; people also when their full names share the surname and first name. */
function sameEntity(a: Entity, b: Entity): boolean {
  if (a.type !== b.type) return false;
  const an = namesOf(a);
  for (const name of namesOf(b)) if (an.has(name)) return true;
  if (a.type === 'person') {
    const [af, al] = [normalise(a.name).split(' ')[0], normalise(a.name).split(' ').at(-1)];
    const [bf, bl] = [normalise(b.name).split(' ')[0], normalise(b.name).split(' ').at(-1)];
    return al === bl && af === bf;
  }
  return false;
}

function matchEntities(found: Array<Entity>, gold: Array<Entity>): Counts {
  const used = new Set<Entity>();
  let hits = 0;
  for (const g of gold) {
    const f = found.find((e) => !used.has(e) && sameEntity(e, g));
    if (f) {
      used.add(f);
      hits++;
    }
  }
  return { hits, found: found.length, gold: gold.length };
}

function sameSpeaker(foundArticle: Article, f: Quote, goldArticle: Article, g: Quote): boolean {
  const a = speakerOf(foundArticle, f);
  const b = speakerOf(goldArticle, g);
  if (!a || !b) return a === b;
  return sameEntity(a, b) || (a.type !== b.type && namesOf(a).has(normalise(b.name)));
}

/** Scores an article the engine found against its hand-made gold. */
export function scoreArticle(found: Article, gold: Article): Scores {
  const directPairs = matchQuotes(quotesOf(found, 'direct'), quotesOf(gold, 'direct'), 0.9);
  const reportedPairs = matchQuotes(quotesOf(found, 'reported'), quotesOf(gold, 'reported'), 0.5);
  const byType = (article: Article, type: Entity['type']) => article.entities.filter((e) => e.type === type);
  const allFound = [...quotesOf(found, 'direct'), ...quotesOf(found, 'reported')];
  const goldDates = gold.events;
  const blockText = (article: Article, id: string) => blocksInOrder(article).find(({ block }) => block.id === id)?.block.text;
  const datesRight = goldDates.filter((g) => found.events.some((f) => f.date === g.date && blockText(found, f.blockId) === blockText(gold, g.blockId))).length;
  const rightSpeaker = (pairs: Array<[PlacedQuote, PlacedQuote]>) => pairs.filter(([f, g]) => sameSpeaker(found, f.quote, gold, g.quote)).length;
  return {
    direct: { hits: directPairs.length, found: quotesOf(found, 'direct').length, gold: quotesOf(gold, 'direct').length },
    reported: { hits: reportedPairs.length, found: quotesOf(found, 'reported').length, gold: quotesOf(gold, 'reported').length },
    people: matchEntities(byType(found, 'person'), byType(gold, 'person')),
    places: matchEntities(byType(found, 'place'), byType(gold, 'place')),
    organizations: matchEntities(byType(found, 'organization'), byType(gold, 'organization')),
    directSpeaker: { right: rightSpeaker(directPairs), of: directPairs.length },
    anySpeaker: { right: rightSpeaker([...directPairs, ...reportedPairs]), of: directPairs.length + reportedPairs.length },
    unattributed: { count: allFound.filter(({ quote }) => quote.speakerId === null).length, of: allFound.length },
    dates: { right: datesRight, of: goldDates.length },
  };
}

/** Adds scores up over articles (micro-average). */
export function sumScores(all: ReadonlyArray<Scores>): Scores {
  const add = (a: Counts, b: Counts): Counts => ({ hits: a.hits + b.hits, found: a.found + b.found, gold: a.gold + b.gold });
  const zero: Counts = { hits: 0, found: 0, gold: 0 };
  return all.reduce<Scores>(
    (sum, s) => ({
      direct: add(sum.direct, s.direct),
      reported: add(sum.reported, s.reported),
      people: add(sum.people, s.people),
      places: add(sum.places, s.places),
      organizations: add(sum.organizations, s.organizations),
      directSpeaker: { right: sum.directSpeaker.right + s.directSpeaker.right, of: sum.directSpeaker.of + s.directSpeaker.of },
      anySpeaker: { right: sum.anySpeaker.right + s.anySpeaker.right, of: sum.anySpeaker.of + s.anySpeaker.of },
      unattributed: { count: sum.unattributed.count + s.unattributed.count, of: sum.unattributed.of + s.unattributed.of },
      dates: { right: sum.dates.right + s.dates.right, of: sum.dates.of + s.dates.of },
    }),
    {
      direct: zero,
      reported: zero,
      people: zero,
      places: zero,
      organizations: zero,
      directSpeaker: { right: 0, of: 0 },
      anySpeaker: { right: 0, of: 0 },
      unattributed: { count: 0, of: 0 },
      dates: { right: 0, of: 0 },
    },
  );
}
