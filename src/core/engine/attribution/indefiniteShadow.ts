import type { FoundEntity } from '../entities/types';

/**
 * Whether the text brought in another body of a kind with an indefinite article ("a team of researchers", "a new
 * company") in a paragraph after the one that last named a body of that kind, and before `to`: "the team" then refers
 * to the newcomer, which has no name, not to the body named before it. Marshall Star bulletins (fresh NASA text, 2024)
 * run several stories in one text: "the Mission Management Team" of one story is not "The team argues that …" of a
 * later story about "a team of researchers". `head` is the kind noun, lower case; offsets are UTF-16 in `texts`' blocks.
 */
export function introducedSince(head: string, since: { block: number }, to: { block: number; at: number }, texts: ReadonlyArray<string>): boolean {
  if (!/^\p{Ll}+$/u.test(head)) return false;
  const newcomer = new RegExp(`\\b(?:a|an|another)\\s+(?:[\\p{L}-]+\\s+){0,2}${head}\\b`, 'iu');
  for (let b = since.block + 1; b <= to.block; b++) {
    const text = texts[b] ?? '';
    if (newcomer.test(b === to.block ? text.slice(0, to.at) : text)) return true;
  }
  return false;
}

/**
 * Whether "the <head>" at `to` may mean a body of that kind the text brought in with an indefinite article and never
 * named ("A court in the Turkish capital Istanbul yesterday cleared …"), rather than `named`, a body of the kind the text
 * named only as the agent of a passive ("That sentence was cancelled in June this year by the Supreme Court of Appeals"):
 * `wikinews-istanbul-court-acquits-pinar-selek-fourth-time-2014-12-20`, where "The court said" is the Istanbul court.
 * A body named as a subject or speaker anywhere before `to` ("The Commercial Farmers Union said") is the one meant.
 */
export function shadowedAgent(head: string, named: FoundEntity, to: { block: number; at: number }, texts: ReadonlyArray<string>): boolean {
  const before = named.mentions.filter((m) => m.block < to.block || (m.block === to.block && m.end <= to.at));
  const agentOnly = before.length > 0 && before.every((m) => /\bby\s+(?:the\s+)?$/i.test((texts[m.block] ?? '').slice(Math.max(0, m.start - 8), m.start)));
  // A body only ever named as an agent was never the text's topic, so an indefinite newcomer anywhere before `to`, from
  // the first block on, shadows it.
  return agentOnly && introducedSince(head, { block: -1 }, to, texts);
}
