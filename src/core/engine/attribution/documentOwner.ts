import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import type { MentionIndex } from './mentions';

/** A possessive, up to two words and a document noun, ending the speaker words: "Trump's statement", "NASA's news release". */
const OWNED_DOCUMENT = /(?:'s|’s|'|’)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)$/u;

/** A document noun phrase, perhaps with a language tag, then who issued it: "a statement released by ", "a resolution [ru] by ". */
const DOCUMENT_BY =
  /^(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:\[[a-z]{2}\]\s+)?(?:(?:released|issued|published|posted|sent|signed|written)\s+)?(?:by|from)\s+/iu;

/**
 * `Trump's statement read: "…"`, `"…," reads Judge Miller's statement`: a document the text says is someone's speaks in
 * its owner's words (`docs/annotation-guide.md`: a document whose author the text names is the author's). The mention of
 * the owner, a person or an organisation, that ends where the possessive begins in the speaker words
 * [from, stop) of `text`; null when the words are not that shape. Offsets are UTF-16, half-open.
 */
export function documentOwner(text: string, block: number, from: number, stop: number, mentions: MentionIndex): { start: number } | null {
  const owned = OWNED_DOCUMENT.exec(text.slice(from, stop));
  if (!owned?.[1] || !DOCUMENT_NOUNS.has(owned[1].toLowerCase())) return null;
  const ownerEnd = from + owned.index;
  const owner = mentions.between(block, from, ownerEnd).find((m) => m.end === ownerEnd && m.entity.type !== 'place');
  return owner ? { start: owner.start } : null;
}

/**
 * `According to a statement released by Erdogan's office, “…”`, `…, states a resolution [ru] by the Perm Coalition for
 * Direct Elections [ru]:`: a document the words after it say someone wrote or issued speaks in that author's words
 * (`docs/annotation-guide.md`, as above). The offset in `rest` (a block's text from the document phrase on) where the
 * author's words start, after "by" or "from"; -1 when `rest` does not open with a document noun phrase so followed.
 */
export function documentAuthorAt(rest: string): number {
  const phrase = DOCUMENT_BY.exec(rest);
  return phrase?.[1] && DOCUMENT_NOUNS.has(phrase[1].toLowerCase()) ? phrase[0].length : -1;
}
