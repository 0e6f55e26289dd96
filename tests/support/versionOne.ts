import type { Article } from '../../src/core/schema';

/**
 * An article as format version 1 wrote it, before sources were read: no source type, gender or anonymity on
 * its entities and no reporting verb on its quotes. For the tests of how such a stored article still reads.
 */
export function asVersionOne(article: Article): Article {
  const withoutVerbs = (block: Article['headline']) => ({ ...block, quotes: block.quotes.map(({ verb: _, ...quote }) => quote) });
  return {
    ...article,
    version: 1,
    headline: withoutVerbs(article.headline),
    paragraphs: article.paragraphs.map(withoutVerbs),
    entities: article.entities.map(({ sourceType: _t, sourceEvidence: _e, gender: _g, genderEvidence: _ge, anonymity: _a, ...entity }) => entity),
  };
}
