import type { Mention } from '../../schema';
import type { FoundQuote, Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';

interface Candidate {
  mention: Mention;
  rank: number;
}

/**
 * Each block's mentions, in text order and never overlapping: every entity's mentions by name, then the pronouns
 * and role nouns that quotes resolved to a speaker ("he", "the minister"). Where two overlap, the one listed
 * first wins, so a name is never replaced by a pronoun read inside it. Offsets are UTF-16 code units of the
 * block's text, half-open.
 */
export function mentionsByBlock(
  texts: ReadonlyArray<string>,
  entities: ReadonlyArray<FoundEntity>,
  quotes: ReadonlyArray<FoundQuote>,
  ids: ReadonlyMap<FoundEntity, string>,
): Array<Array<Mention>> {
  const candidates = texts.map(() => new Array<Candidate>());
  const add = (entity: FoundEntity, at: Located, form: Mention['form']) => {
    const list = candidates[at.block];
    list?.push({
      mention: { start: at.start, end: at.end, text: (texts[at.block] ?? '').slice(at.start, at.end), entityId: ids.get(entity) ?? entity.key, form },
      rank: list.length,
    });
  };
  for (const entity of entities) for (const m of entity.mentions) add(entity, m, m.form);
  for (const quote of quotes)
    if (quote.speaker && quote.speakerRef && (quote.resolution === 'pronoun' || quote.resolution === 'role'))
      add(quote.speaker, quote.speakerRef, quote.resolution);
  return candidates.map((list) => {
    const kept: Array<Candidate> = [];
    for (const candidate of [...list].sort((a, b) => a.mention.start - b.mention.start || a.rank - b.rank)) {
      const last = kept.at(-1);
      if (!last || candidate.mention.start >= last.mention.end) kept.push(candidate);
      else if (candidate.rank < last.rank && candidate.mention.start >= (kept.at(-2)?.mention.end ?? 0)) kept[kept.length - 1] = candidate;
    }
    return kept.map((k) => k.mention);
  });
}
