import { mentionKey, type EntityIndex } from '../entities/types';
import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import type { Subject } from './types';

/** An article and up to two lower-case words describing a document before its owner's name: "the official ", "a new ". */
const DESCRIBED_OPENING = /^(?:a|an|the)\s+(?:(?!(?:of|for|to|with|from|at|in|on|by)\s)[a-z-]+\s+){1,2}/;

/** The first two lower-case words after the owner's name: " report yesterday", " press release". */
const WORDS_AFTER = /^\s+([a-z-]+)(?:\s+([a-z-]+))?/;

/**
 * "According to the official WHO report yesterday, …" (wikinews-germany-first-novel-coronavirus-case-2020-01-28): an
 * organisation's name used as an adjective between a described article ("the official", "a new") and a document noun
 * names the document's owner, whose words it gives (`docs/annotation-guide.md`: a document whose author the text names
 * is the author's); "official" there describes the report and is no official speaking. `rest` is a block's text from
 * the speaker words on; the offset in `rest` (UTF-16) where a capitalised name starts after the described article, -1
 * when the words are not that shape. The caller checks the name is an organisation's and `documentFollows` it.
 */
export function describedDocumentOwnerAt(rest: string): number {
  const opening = DESCRIBED_OPENING.exec(rest);
  return opening && /^\p{Lu}/u.test(rest.slice(opening[0].length)) ? opening[0].length : -1;
}

/** Whether the words after an owner's name (`after`) go on to a document noun: " report", " press release". */
export function documentFollows(after: string): boolean {
  const words = WORDS_AFTER.exec(after);
  return DOCUMENT_NOUNS.has(words?.[1] ?? '') || DOCUMENT_NOUNS.has(words?.[2] ?? '');
}

/**
 * The organisation whose document the described words at `at` of block `block` name ("the official WHO report"), as the
 * speaker (`describedDocumentOwnerAt`), its words running from the article to the name's end: [at, name's end) in UTF-16
 * code units of `text`, the block's text. Null when the words are not that shape, the name there is no organisation's, or
 * no document noun follows it (`documentFollows`).
 */
export function describedDocumentOwner(text: string, block: number, at: number, index: EntityIndex): Subject | null {
  const ownerAt = describedDocumentOwnerAt(text.slice(at, at + 160));
  const entity = ownerAt >= 0 ? index.byMention.get(mentionKey(block, at + ownerAt)) : undefined;
  const mention = entity?.type === 'organization' ? entity.mentions.find((m) => m.block === block && m.start === at + ownerAt) : undefined;
  if (!entity || !mention || !documentFollows(text.slice(mention.end, mention.end + 40))) return null;
  return { ref: { block, start: at, end: mention.end }, entity, resolution: 'name', antecedent: null };
}
