import { COUNTRY_BY_ADJECTIVE } from '../entities/lookups';
import { NOT_NAMES } from '../lexicon/notNames';
import type { Discourse } from './coreference';
import type { MentionIndex } from './mentions';
import type { Referent } from './types';

/** The pronoun a possessive stands for as a subject: "its website" is what "it" means. */
const OWNER_PRONOUNS: Readonly<Record<string, string>> = { its: 'it', their: 'they' };

/** A capitalised word: a name's word, or one that opens a sentence. */
const CAPITALISED = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*/gu;

/**
 * Whom a possessive pronoun owning a document means ("its website notes that …", "Their statement also read …"), when
 * no one else could be meant: the pronoun's referent, unless the sentence before, or this one before the pronoun at `at`
 * of `block`, names another organisation, or for "their" another person ("Apple and Samsung settled the dispute. Their
 * statement read: …"), or the sentence before has a capitalised word the name pass found no one in ("Sony sued the
 * hacker group Anonymous last week. Its statement read: …", "Greenpeace activists blocked the entrance of the Shell
 * headquarters. Its website notes …": lane break35's wire-style sentences, where the one body found had been given the
 * words). The guide gives what `her website` says to its owner (`docs/annotation-guide.md`), never to a guess between
 * two. `owner` is the possessive, lower case; `texts` the blocks.
 */
export function possessiveOwner(
  owner: string,
  { block, at, texts }: { block: number; at: number; texts: ReadonlyArray<string> },
  mentions: MentionIndex,
  discourse: Discourse,
): Referent | null {
  const referent = discourse.resolvePronoun(OWNER_PRONOUNS[owner] ?? owner);
  if (!referent || (owner !== 'its' && owner !== 'their')) return referent;
  const rival = (b: number, start: number, end: number) =>
    mentions
      .between(b, start, end)
      .some((m) => m.entity !== referent.entity && (m.entity.type === 'organization' || (owner === 'their' && m.entity.type === 'person')));
  const last = discourse.sentences.at(-1);
  if (last && (rival(last.block, last.range.start, last.range.end) || unknownName(texts, last.block, last.range, mentions))) return null;
  return rival(block, last?.block === block ? last.range.end : 0, at) ? null : referent;
}

/** Whether the words at `range` of `block` hold a capitalised word that is no mention and could start a name. */
function unknownName(texts: ReadonlyArray<string>, block: number, range: { start: number; end: number }, mentions: MentionIndex): boolean {
  const words = (texts[block] ?? '').slice(range.start, range.end);
  return [...words.matchAll(CAPITALISED)].some((w) => {
    const start = range.start + w.index;
    if (NOT_NAMES.has(w[0]) || COUNTRY_BY_ADJECTIVE.has(w[0])) return false;
    return !mentions.between(block, start, start + w[0].length).some((m) => m.start <= start && m.end >= start + w[0].length);
  });
}
