import type { Located } from '../attribution/types';

/**
 * ", a member of Avenatti's legal team," (wikinews-avenatti-convicted-attempted-extortion-2020-02-15), ", who is part of
 * the research team": one of a team of lawyers on a case or of researchers speaks from knowledge, the guide's expert
 * ("a lawyer on a case", "researcher", `docs/annotation-guide.md`, "Sources"). The team is someone's (a possessive) or
 * the one the text means ("the"); a team of another kind ("the national team", "a campaign team") says nothing.
 */
const TEAM_MEMBER =
  /^,\s+(?:who\s+(?:is|was)\s+)?((?:a|one)\s+(?:member|part)\s+of\s+(?:the\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s+)(?:legal|defen[cs]e|research|scientific|science)\s+team|part\s+of\s+the\s+(?:legal|defen[cs]e|research|scientific|science)\s+team)\b/u;

/**
 * The expert a team-member appositive after a mention (UTF-16 offsets, half-open, in its block `text`) makes of its
 * person, with the appositive as evidence; null where none follows.
 */
export function typeFromTeamMember(text: string, mention: Located): { type: 'expert'; evidence: Located } | null {
  const member = TEAM_MEMBER.exec(text.slice(mention.end, mention.end + 120));
  const phrase = member?.[1];
  if (!member || !phrase) return null;
  const start = mention.end + member[0].length - phrase.length;
  return { type: 'expert', evidence: { block: mention.block, start, end: start + phrase.length } };
}
