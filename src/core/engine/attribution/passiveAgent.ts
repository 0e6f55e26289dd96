import { VERDICT_PARTICIPLES } from '../lexicon/verdictParticiples';
import type { Subject } from './types';

/** A passive of a verdict verb and "by" after a subject: " has also been criticized by ", " were described by ". */
const VERDICT_BY =
  /^\s+(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?(?:was|were|is|are|(?:has|have|had)\s+(?:also\s+)?been)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s+by\s+/u;

/**
 * The agent of a verdict passive whose participle clause goes on with the verdict: `It has also been criticized by the
 * British Medical Association as being implemented too slowly, saying "When lives need saving, doctors act
 * immediately".` (wikinews-british-white-paper-public-health-2004-11-17): the association speaks, not the paper. The
 * words `afterSubject` follow the clause's subject and start at `at` (UTF-16 offset in the block); the agent must be a
 * person or a body the text names. Null for any other passive, whose participle may be its subject's ("was asked by
 * reporters, saying …").
 */
export function verdictAgent(afterSubject: string, block: number, at: number, subjectAt: (block: number, at: number) => Subject | null): Subject | null {
  const passive = VERDICT_BY.exec(afterSubject);
  if (!passive?.[1] || !VERDICT_PARTICIPLES.has(passive[1])) return null;
  const agent = subjectAt(block, at + passive[0].length);
  const type = agent?.entity?.type;
  return agent && agent.resolution === 'name' && (type === 'person' || type === 'organization') ? agent : null;
}
