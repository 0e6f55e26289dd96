import { readFileSync } from 'node:fs';
import type { Article, Block, BlockSpan, Entity, Mention, Quote } from '../../src/core/schema';

/** The hand-annotated CGTN article every core test leans on. */
const GOLD_PATH = 'public/articles/cgtn-putin-tokayev-2022-02-10.json';

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

/** A step into plain JSON: a field name, or a list index. */
export type JsonPath = ReadonlyArray<string | number>;

function isContainer(value: unknown): value is Record<string | number, unknown> {
  return value !== null && typeof value === 'object';
}

function describeJsonPath(path: JsonPath): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('') || '(the file itself)';
}

/**
 * The object or list holding the last step of `path`, and that step. Throws unless every step of the path,
 * the last included, is already in the file: a mistyped path must fail the test, not leave the file as it was.
 */
function parentOf(file: unknown, path: JsonPath): { parent: Record<string | number, unknown>; key: string | number } {
  const key = path[path.length - 1];
  if (key === undefined) throw new Error('a path into the file needs at least one step');
  let value: unknown = file;
  for (const [i, step] of path.entries()) {
    if (!isContainer(value) || Array.isArray(value) !== (typeof step === 'number') || !Object.hasOwn(value, step)) {
      throw new Error(`the file has nothing at ${describeJsonPath(path.slice(0, i + 1))}`);
    }
    if (i === path.length - 1) return { parent: value, key };
    value = value[step];
  }
  throw new Error('unreachable: the loop returns at the last step');
}

/** The value at `path` in plain JSON; throws if the file has nothing there. */
export function getAt(file: unknown, path: JsonPath): unknown {
  if (path.length === 0) return file;
  const { parent, key } = parentOf(file, path);
  return parent[key];
}

/** Replaces the value at `path` in plain JSON, which may make it invalid; throws if the file has nothing there. */
export function setAt(file: unknown, path: JsonPath, value: unknown): void {
  const { parent, key } = parentOf(file, path);
  parent[key] = value;
}

/** Removes the field at `path` in plain JSON; throws if the file has no such field. */
export function deleteAt(file: unknown, path: JsonPath): void {
  const { parent, key } = parentOf(file, path);
  if (Array.isArray(parent)) throw new Error(`${describeJsonPath(path)} is a list item: set it rather than delete it`);
  delete parent[key];
}

/** The item of `list` at `index`; throws if there is none. */
export function at<T>(list: ReadonlyArray<T>, index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index} in a list of ${list.length}`);
  return item;
}

/** Adds a field the object at `path` does not have yet; throws if it has it, or if the file has no object there. */
export function addAt(file: unknown, path: JsonPath, field: string, value: unknown): void {
  const target = getAt(file, path);
  if (!isContainer(target) || Array.isArray(target)) throw new Error(`${describeJsonPath(path)} is not an object`);
  if (Object.hasOwn(target, field)) throw new Error(`${describeJsonPath([...path, field])} is already in the file`);
  target[field] = value;
}
