import type { Article, Block, Entity } from '../../schema';
import { inconsistencies } from '../../consistency';
import { checkConsistency } from '../../validate';

/** An entity with no words shown as evidence: a gender without its words is no longer stated. */
function withoutEvidence(entity: Entity): Entity {
  const bare: Entity = { ...entity };
  if (bare.sourceEvidence) bare.sourceEvidence = null;
  if (bare.genderEvidence) Object.assign(bare, { gender: 'unknown', genderEvidence: null });
  if (bare.anonymity) bare.anonymity = { reason: null };
  return bare;
}

/** Where a block's mention or quote is: the block's own path, the list and the index in it. */
function findingAt(path: ReadonlyArray<string | number>): { block: string; list: 'mentions' | 'quotes'; index: number } | null {
  const at = path.findIndex((key) => key === 'mentions' || key === 'quotes');
  const index = path[at + 1];
  if (at < 1 || typeof index !== 'number') return null;
  return { block: path.slice(0, at).join('.'), list: path[at] === 'mentions' ? 'mentions' : 'quotes', index };
}

/**
 * The article without the findings at the problems' paths: an entity's evidence, a block's mention or quote, an
 * event. Null when a problem lies anywhere else (a repeated id), which only the slow repair below can settle.
 */
function withoutFaults(article: Article, paths: ReadonlyArray<ReadonlyArray<string | number>>): Article | null {
  const entities = new Set<number>();
  const events = new Set<number>();
  const findings = new Set<string>();
  for (const path of paths) {
    const finding = findingAt(path);
    if (finding) findings.add(`${finding.block}|${finding.list}|${finding.index}`);
    else if (path[0] === 'entities' && typeof path[1] === 'number' && path[2] !== 'id') entities.add(path[1]);
    else if (path[0] === 'events' && typeof path[1] === 'number') events.add(path[1]);
    else return null;
  }
  const clean = (block: Block, at: string): Block => ({
    ...block,
    mentions: block.mentions.filter((_, i) => !findings.has(`${at}|mentions|${i}`)),
    quotes: block.quotes.filter((_, i) => !findings.has(`${at}|quotes|${i}`)),
  });
  return {
    ...article,
    headline: clean(article.headline, 'headline'),
    byline: article.byline && clean(article.byline, 'byline'),
    paragraphs: article.paragraphs.map((p, i) => clean(p, `paragraphs.${i}`)),
    figures: article.figures.map((f, i) => ({
      ...f,
      caption: clean(f.caption, `figures.${i}.caption`),
      credit: f.credit && clean(f.credit, `figures.${i}.credit`),
    })),
    sourceCredit: article.sourceCredit && clean(article.sourceCredit, 'sourceCredit'),
    entities: article.entities.map((e, i) => (entities.has(i) ? withoutEvidence(e) : e)),
    events: article.events.filter((_, i) => !events.has(i)),
  };
}

/**
 * The article without whatever the consistency checks (`core/validate`) reject, so that a bug in one finding never
 * costs the whole article: each finding a problem names is removed (an entity keeps all but its evidence), and the
 * checks run again until none is left. Where a problem names no one finding (a repeated id), findings are put back one
 * at a time instead (entities' evidence, then each block's mentions and quotes, then events), each kept only if the
 * article stays consistent: that repair checks the whole article once a finding, so it is kept for what the first
 * cannot settle (on a 300 KB paste it took seconds). The article itself when it already is consistent.
 */
export function withoutInconsistencies(article: Article): Article {
  let current = article;
  for (let round = 0; round < 4; round++) {
    const problems = inconsistencies(current);
    if (problems.length === 0) return current;
    const next = withoutFaults(
      current,
      problems.map((p) => p.path),
    );
    if (!next) break;
    current = next;
  }
  return oneByOne(article);
}

function oneByOne(article: Article): Article {
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
