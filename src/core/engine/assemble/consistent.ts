import type { Article, Block, Entity } from '../../schema';
import { checkConsistency } from '../../validate';

/** An entity with no words shown as evidence: a gender without its words is no longer stated. */
function withoutEvidence(entity: Entity): Entity {
  const bare: Entity = { ...entity };
  if (bare.sourceEvidence) bare.sourceEvidence = null;
  if (bare.genderEvidence) Object.assign(bare, { gender: 'unknown', genderEvidence: null });
  if (bare.anonymity) bare.anonymity = { reason: null };
  return bare;
}

/**
 * The article without whatever the consistency checks (`core/validate`) reject, so that a bug in one finding never
 * costs the whole article: findings are put back one at a time (entities' evidence, then each block's mentions and
 * quotes, then events), each kept only if the article stays consistent. The article itself when it already is.
 */
export function withoutInconsistencies(article: Article): Article {
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
