import { QuoteWalk } from '../../../../src/core/engine/attribution/quoteWalk';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import type { FoundEntity } from '../../../../src/core/engine/entities/types';

/** A walk part-way through a short article, with the article's blocks and the entities its name pass found. */
export interface Walked {
  readonly walk: QuoteWalk;
  readonly texts: ReadonlyArray<string>;
  readonly entities: ReadonlyArray<FoundEntity>;
}

/**
 * A quote walk over a short article (its headline, then paragraphs kept verbatim) that has read every block before
 * `block`: its mentions, its discourse (who each sentence read was about) and its cue reader, as a pass in `block`
 * meets them. No sieve runs: the walk only carries what a reader carries from block to block.
 */
export function walkedTo(block: number, headline: string, ...paragraphs: Array<string>): Walked {
  const texts = [headline, ...paragraphs];
  const index = findEntities(texts, 0);
  const walk = new QuoteWalk(
    texts,
    texts.map(() => true),
    index,
    { direct: [], reported: [] },
  );
  for (let b = 0; b < block; b++) walk.paragraph(b);
  return { walk, texts, entities: index.entities };
}
