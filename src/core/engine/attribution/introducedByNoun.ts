import type { FoundEntity } from '../entities/types';
import type { MentionIndex } from './mentions';
import type { Referent } from './types';

/** A capitalised name of up to six words, perhaps joined by "of", "for", "and" or "the". */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:of|for|and|the)\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*){0,5}`;

/**
 * The ways a text brings in a body by its noun and names it: in apposition after an indefinite ("Another group, Falungong,",
 * "a rights group, Human Rights in China,") or after "called", "named" or "known as" ("a group called Quannengshen").
 * `{noun}` stands for the noun; group 1 is the name.
 */
const INTRODUCTIONS = [
  String.raw`\b(?:[Aa]nother|[Aa]n?|[Oo]ne)\s+(?:[\p{L}-]+\s+){0,2}?{noun},\s+(${NAME}),`,
  String.raw`\b(?:[Aa]nother|[Aa]n?|[Oo]ne)\s+(?:[\p{L}-]+\s+){0,2}?{noun}\s+(?:called|named|known\s+as)\s+(${NAME})`,
];

const compiled = new Map<string, ReadonlyArray<RegExp>>();

/** `INTRODUCTIONS` for one noun, compiled once: a regular expression's first use compiles it. */
function introductionsOf(head: string): ReadonlyArray<RegExp> {
  let found = compiled.get(head);
  if (!found) compiled.set(head, (found = INTRODUCTIONS.map((shape) => new RegExp(shape.replace('{noun}', head), 'gu'))));
  return found;
}

/**
 * "Another group, Falungong, also illegalized as an "evil cult", was suppressed by the government in 1999 …. The
 * government has detained tens of thousands of Falungong members and, according to the group, tortured members for their
 * beliefs." (wikinews-chinese-police-arrest-six-mcdonalds-beating-2014-06-01): a definite "the <head>" goes back to the
 * body its own paragraph last brought in by that noun, not to the organisation the text was about before (there a
 * newspaper it had cited). Looks in block `block` of `texts` before offset `at` (UTF-16) for the last such
 * introduction with no organisation named by that noun between it and the noun. Undefined when there is none; otherwise
 * the organisation the engine knows by the name introduced, or null when it knows none there (the noun then stands for
 * no one it knows).
 */
export function introducedByNoun(
  head: string,
  { block, at, texts }: { block: number; at: number; texts: ReadonlyArray<string> },
  mentions: MentionIndex,
): Referent | null | undefined {
  const before = (texts[block] ?? '').slice(0, at);
  let last: { start: number; end: number } | undefined;
  for (const introduction of introductionsOf(head)) {
    for (const m of before.matchAll(introduction)) {
      const name = m[1] ?? '';
      const start = (m.index ?? 0) + m[0].lastIndexOf(name);
      if (!last || start > last.start) last = { start, end: start + name.length };
    }
  }
  if (!last) return undefined;
  // "… The Carlyle Group said … the group": a body named by the noun since is called so later.
  const calledSo = (m: { entity: FoundEntity }) => m.entity.type === 'organization' && m.entity.name.toLowerCase().split(/\s+/).includes(head);
  if (mentions.between(block, last.end, at).some(calledSo)) return undefined;
  const named = mentions.between(block, last.start, last.end).find((m) => m.entity.type === 'organization');
  return named ? { entity: named.entity, at: { block, start: named.start, end: named.end } } : null;
}
