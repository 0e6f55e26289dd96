import { describePath, type ArticleProblem } from './problemWords';
import type { Article, Block, BlockSpan, Evidence, Quote, Span } from './schema';

interface NamedBlock {
  block: Block;
  path: Array<string | number>;
  /** What a reader calls this block: "paragraph", "headline", "caption". */
  noun: string;
}

function namedBlocks(article: Article): Array<NamedBlock> {
  const blocks: Array<NamedBlock> = [{ block: article.headline, path: ['headline'], noun: 'headline' }];
  if (article.byline) blocks.push({ block: article.byline, path: ['byline'], noun: 'byline' });
  article.paragraphs.forEach((block, i) => blocks.push({ block, path: ['paragraphs', i], noun: 'paragraph' }));
  article.figures.forEach((figure, i) => {
    blocks.push({ block: figure.caption, path: ['figures', i, 'caption'], noun: 'caption' });
    if (figure.credit) blocks.push({ block: figure.credit, path: ['figures', i, 'credit'], noun: 'credit' });
  });
  if (article.sourceCredit) blocks.push({ block: article.sourceCredit, path: ['sourceCredit'], noun: 'source credit' });
  return blocks;
}

function preview(text: string): string {
  return JSON.stringify(text.length > 50 ? `${text.slice(0, 50)}…` : text);
}

function checkSpan(span: Span, owner: NamedBlock, report: (what: string) => void): void {
  const { text } = owner.block;
  if (span.end === span.start) {
    report(`is empty (it starts and ends at ${span.start})`);
  } else if (span.end < span.start) {
    report(`ends (at ${span.end}) before it starts (at ${span.start})`);
  } else if (span.end > text.length) {
    report(`ends after the ${owner.noun}'s end (at ${span.end}; the ${owner.noun} has ${text.length} characters)`);
  } else if (text.slice(span.start, span.end) !== span.text) {
    report(`says ${preview(span.text)}, but the ${owner.noun} has ${preview(text.slice(span.start, span.end))} at ${span.start}–${span.end}`);
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a span starts or ends inside a word, as "Russia" would in "Russian". */
function cutsAWord(text: string, span: Span): boolean {
  if (span.end > text.length || span.start >= span.end) return false;
  const inside = (i: number) => WORD_CHAR.test(text[i] ?? '');
  return (inside(span.start - 1) && inside(span.start)) || (inside(span.end - 1) && inside(span.end));
}

function wordAround(text: string, span: Span): string {
  let start = span.start;
  let end = span.end;
  while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) start--;
  while (end < text.length && WORD_CHAR.test(text[end] ?? '')) end++;
  return text.slice(start, end);
}

/**
 * Checks what a shape cannot: every span lies inside its block and matches its text, every id is unique,
 * every reference leads somewhere, and quotes nest rather than overlap (their buttons never nest): only a direct quote,
 * or a reported one inside a reported one, lies inside another.
 */
export function checkConsistency(article: Article): Array<ArticleProblem> {
  return inconsistencies(article).map(({ path, what }) => ({ where: describePath(path), what }));
}

/** A problem `checkConsistency` finds, at the path of the field it is in (`["paragraphs", 3, "quotes", 1, "cue"]`). */
export interface Inconsistency {
  path: ReadonlyArray<string | number>;
  what: string;
}

/** Records a problem at a field's path. */
type Report = (path: Array<string | number>, what: string) => void;

/** What checking a block's spans needs: the blocks by id, the entity ids, the quote ids met so far, and the report. */
interface SpanCheck {
  readonly blockById: ReadonlyMap<string, NamedBlock>;
  readonly entityIds: ReadonlySet<string>;
  readonly quoteIds: Set<string>;
  readonly report: Report;
}

/** The problems of `checkConsistency`, each at its field's path, for a caller that removes what is at fault. */
export function inconsistencies(article: Article): Array<Inconsistency> {
  const problems: Array<Inconsistency> = [];
  const report: Report = (path, what) => problems.push({ path, what });
  const blocks = namedBlocks(article);
  const blockById = blocksById(blocks, report);
  const entityIds = new Set<string>();
  article.entities.forEach((entity, i) => {
    if (entityIds.has(entity.id)) report(['entities', i, 'id'], `repeats the entity id "${entity.id}"`);
    entityIds.add(entity.id);
  });
  const check: SpanCheck = { blockById, entityIds, quoteIds: new Set<string>(), report };
  for (const named of blocks) checkBlock(named, check);
  checkEvidence(article, blockById, report);
  article.events.forEach((event, i) => {
    const target = blockById.get(event.blockId);
    if (!target) report(['events', i, 'blockId'], `names the block "${event.blockId}", which is not in the article`);
    else if (event.evidence) checkSpan(event.evidence, target, (what) => report(['events', i, 'evidence'], what));
  });
  return problems;
}

/** The blocks by id; the first block with an id keeps it, as in findBlock: a repeat must not redirect the spans that name it. */
function blocksById(blocks: ReadonlyArray<NamedBlock>, report: Report): Map<string, NamedBlock> {
  const blockById = new Map<string, NamedBlock>();
  for (const named of blocks) {
    if (blockById.has(named.block.id)) report([...named.path, 'id'], `repeats the block id "${named.block.id}"`);
    else blockById.set(named.block.id, named);
  }
  return blockById;
}

/** A span that may lie in another block than its owner's (a cue, a speaker reference, an antecedent). */
function checkBlockSpan(span: BlockSpan | null, owner: NamedBlock, path: Array<string | number>, check: SpanCheck): void {
  if (!span) return;
  const target = span.blockId === undefined ? owner : check.blockById.get(span.blockId);
  if (!target) check.report([...path, 'blockId'], `names the block "${span.blockId}", which is not in the article`);
  else checkSpan(span, target, (what) => check.report(path, what));
}

/** A block's mentions and quotes: their spans, the ids they name, and how its quotes nest. */
function checkBlock(named: NamedBlock, check: SpanCheck): void {
  const { block, path } = named;
  const { report, entityIds, quoteIds } = check;
  block.mentions.forEach((mention, i) => {
    checkSpan(mention, named, (what) => report([...path, 'mentions', i], what));
    if (!entityIds.has(mention.entityId)) report([...path, 'mentions', i, 'entityId'], `names "${mention.entityId}", which is not among the entities`);
    if (cutsAWord(block.text, mention))
      report([...path, 'mentions', i], `cuts the word ${preview(wordAround(block.text, mention))}: a mention covers whole words`);
  });
  block.quotes.forEach((quote, i) => {
    const quotePath = [...path, 'quotes', i];
    if (quoteIds.has(quote.id)) report([...quotePath, 'id'], `repeats the quote id "${quote.id}"`);
    quoteIds.add(quote.id);
    checkSpan(quote, named, (what) => report(quotePath, what));
    if (quote.speakerId !== null && !entityIds.has(quote.speakerId)) {
      report([...quotePath, 'speakerId'], `names "${quote.speakerId}", which is not among the entities`);
    }
    if ((quote.speakerId === null) !== (quote.resolution === 'unattributed')) {
      report([...quotePath, 'resolution'], 'should be "unattributed" exactly when the speaker is null');
    }
    checkBlockSpan(quote.cue, named, [...quotePath, 'cue'], check);
    checkBlockSpan(quote.speakerRef, named, [...quotePath, 'speakerRef'], check);
    checkBlockSpan(quote.antecedent, named, [...quotePath, 'antecedent'], check);
    checkNesting(block.quotes, i, (what) => report(quotePath, what));
  });
}

/** What `checkNesting` says when a quote lies inside another where it may not. */
const NESTING_RULE = 'and only a direct quote, or a reported one inside a reported one, may lie inside another quote';

/**
 * Whether a quote may lie strictly inside another (never over the very same words): a direct quote inside any quote,
 * and a reported one inside a reported one (docs/annotation-guide.md, a report inside a report).
 */
export function mayNest(inner: Pick<Quote, 'kind'>, outer: Pick<Quote, 'kind'>): boolean {
  return inner.kind === 'direct' || outer.kind === 'reported';
}

/** Whether the `i`th quote of a block nests with each quote before it rather than overlapping it. */
function checkNesting(quotes: ReadonlyArray<Quote>, i: number, report: (what: string) => void): void {
  const quote = quotes[i];
  if (!quote) return;
  quotes.slice(0, i).forEach((other, j) => {
    const overlaps = quote.start < other.end && other.start < quote.end;
    if (!overlaps) return;
    const inside = quote.start >= other.start && quote.end <= other.end;
    const around = other.start >= quote.start && other.end <= quote.end;
    if (!inside && !around) report(`overlaps quote ${j + 1} without lying inside it`);
    else if (inside && around) report(`covers the same words as quote ${j + 1}`);
    else {
      // A direct quote may sit inside reported speech or inside another direct quote (a speaker repeating
      // their own or someone else's words), and a report inside a report ("Znak.com reported its source said …",
      // docs/annotation-guide.md): the inner button splits the outer one. Reported speech inside a direct quote is
      // the quoted speaker's own words, no entry of its own.
      const [inner, outer] = inside ? [quote, other] : [other, quote];
      if (!mayNest(inner, outer)) report(`${inside ? 'lies inside' : 'holds'} quote ${j + 1}, ${NESTING_RULE}`);
    }
  });
}

/** The words shown as evidence of a source's type, gender or anonymity must be the block's words, as any span. */
function checkEvidence(article: Article, blockById: ReadonlyMap<string, NamedBlock>, report: Report): void {
  article.entities.forEach((entity, i) => {
    const evidence: Array<[string, Evidence | null | undefined]> = [
      ['sourceEvidence', entity.sourceEvidence],
      ['genderEvidence', entity.genderEvidence],
      ['anonymity', entity.anonymity?.reason],
    ];
    for (const [field, span] of evidence) {
      if (!span) continue;
      const path = field === 'anonymity' ? ['entities', i, field, 'reason'] : ['entities', i, field];
      const target = blockById.get(span.blockId);
      if (!target) report([...path, 'blockId'], `names the block "${span.blockId}", which is not in the article`);
      else checkSpan(span, target, (what) => report(path, what));
    }
  });
}
