import type { Located } from '../attribution/types';

/**
 * ", who witnessed the collision,", " who survived the attack": a relative clause after a name that says its person was
 * there or was hurt, the guide's witness ("was there or was affected", `docs/annotation-guide.md`), from
 * wikinews-driver-new-hampshire-motorcycle-crash-pleads-not-guilty ("Travis Hood, who witnessed the collision, said").
 * Verbs of seeing in general ("who saw an opportunity") say nothing of having been there.
 */
const WITNESS_CLAUSE =
  /^,?\s+who\s+(?:had\s+)?(?:(?:witnessed|survived)\s+(?:the|a|an|his|her|their)\b|was\s+(?:injured|wounded|hurt)\s+(?:in|by|when)\b)[^,;:.()"“”]{0,80}/u;

/**
 * The witness a clause after a mention (UTF-16 offsets, half-open, in its block `text`) makes of its person, with the
 * mention and the clause as evidence; null where no such clause follows.
 */
export function typeFromWitnessClause(text: string, mention: Located): { type: 'witness'; evidence: Located } | null {
  const clause = WITNESS_CLAUSE.exec(text.slice(mention.end, mention.end + 120));
  return clause ? { type: 'witness', evidence: { ...mention, end: mention.end + clause[0].length } } : null;
}
