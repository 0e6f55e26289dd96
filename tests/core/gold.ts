import { readFileSync } from 'node:fs';
import type { Article, Block, BlockSpan, Entity, Mention, Quote } from '../../src/core/schema';

/** The hand-annotated CGTN article every core test leans on. */
export const GOLD_PATH = 'public/articles/cgtn-putin-tokayev-2022-02-10.json';

/** The gold file exactly as it is stored. */
export const goldText = readFileSync(GOLD_PATH, 'utf8');

/** A fresh copy of the gold, safe to mutate. */
export function loadGold(): Article {
  return JSON.parse(goldText) as Article;
}

/** The gold paragraph with this id (p1 … p8). */
export function paragraph(article: Article, id: string): Block {
  const block = article.paragraphs.find((p) => p.id === id);
  if (!block) throw new Error(`the gold has no paragraph ${id}`);
  return block;
}

/** Where `part` stands in `text` (its `nth` occurrence, counting from 0), as a span. */
export function spanOf(text: string, part: string, nth = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(part, start + 1);
    if (start < 0) throw new Error(`${JSON.stringify(part)} is not in ${JSON.stringify(text)} (occurrence ${nth + 1})`);
  }
  return { start, end: start + part.length, text: part };
}

export function mention(text: string, part: string, entityId: string, form: Mention['form'] = 'name', nth = 0): Mention {
  return { ...spanOf(text, part, nth), entityId, form };
}

/** A span of `part` in the block `blockId`, whose text is `text`. */
export function blockSpan(text: string, part: string, blockId?: string, nth = 0): BlockSpan {
  return blockId === undefined ? spanOf(text, part, nth) : { ...spanOf(text, part, nth), blockId };
}

/** A quote of `part` in `text`, attributed by name unless `extra` says otherwise. */
export function quote(text: string, part: string, id: string, speakerId: string | null, extra: Partial<Quote> = {}): Quote {
  return {
    ...spanOf(text, part),
    id,
    kind: 'direct',
    speakerId,
    cue: null,
    speakerRef: null,
    resolution: speakerId === null ? 'unattributed' : 'name',
    antecedent: null,
    confidence: 1,
    ...extra,
  };
}

export function block(id: string, text: string, mentions: Array<Mention> = [], quotes: Array<Quote> = []): Block {
  return { id, text, mentions, quotes };
}

export function person(id: string, name: string, role: string | null = null, aliases: Array<string> = []): Entity {
  return { id, type: 'person', name, role, aliases };
}

/** A small article around the given paragraphs; everything else empty unless `extra` fills it. */
export function article(paragraphs: Array<Block>, entities: Array<Entity>, extra: Partial<Article> = {}): Article {
  return {
    format: 'who-said-what/article',
    version: 1,
    id: 'test-article',
    language: 'en',
    publishedOn: '2022-02-10',
    publisher: null,
    headline: block('headline', 'A headline'),
    byline: null,
    paragraphs,
    figures: [],
    sourceCredit: null,
    entities,
    events: [],
    ...extra,
  };
}
