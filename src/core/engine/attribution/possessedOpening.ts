import type { SentenceInfo } from './types';

/**
 * A name in the possessive, up to two words of description, then the lower-case noun that is the sentence's subject and
 * its verb (adverbs between): "NASA’s inclusion also directly supports recommendations …" (NASA_RAG article 767, 2024).
 * The name may be up to five words long and may open on "The".
 */
const POSSESSED_SUBJECT =
  /^\s*(?:The\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*['’]s\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}[\p{Ll}-]+\s+(?:(?:also|now|still|then|\p{Ll}+ly)\s+)*(?:\p{Ll}+(?:s|ed)|is|was|are|were|has|had|will|would|can|could|may|might)\b/u;

/**
 * Whether a sentence's subject is a thing a name owns rather than the name (`POSSESSED_SUBJECT`): an "it" in the next
 * sentence may mean that thing, or a report or body the sentence names after it, as often as the owner. In "NASA’s
 * inclusion also directly supports recommendations the President’s Council of Advisors on Science and Technology made
 * in their 2023 report … Specifically, it recommends agencies:" the "it" is the report, and reading it as NASA put the
 * report's recommendations in NASA's mouth (NASA_RAG article 767). The resolver then names no one: unattributed is an
 * honest answer, a wrong speaker is the worst one (docs/annotation-guide.md).
 */
export function opensOnPossessedThing({ block, range }: SentenceInfo, texts: ReadonlyArray<string>): boolean {
  return POSSESSED_SUBJECT.test((texts[block] ?? '').slice(range.start, range.end));
}
