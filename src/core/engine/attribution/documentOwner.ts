import { LANGUAGE_TAG } from '../languageTag';
import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { ORG_ROLE_NOUNS } from '../lexicon/orgRoleNouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { WRITTEN_WORKS } from '../lexicon/writtenWorks';
import type { MentionIndex } from './mentions';

/** A possessive, up to two words and a document noun, ending the speaker words: "Trump's statement", "NASA's news release". */
const OWNED_DOCUMENT = /(?:'s|’s|'|’)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)$/u;
/** An organisation's name used as an adjective, then a document noun: "A White House statement", "a NASA news release". */
const ATTRIBUTIVE_DOCUMENT = /(?<=\p{L})\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)$/u;

/**
 * The year a document covers, after its noun: "A classified European Union report for 2009 says …"
 * (wikinews-eu-report-israel-annexing-east-jerusalem-2009-12-03); its owner is named before the noun all the same.
 */
const YEAR_COVERED = /\s+(?:for|of)\s+\d{4}$/u;

/** An article and up to two lower-case words that describe a document, ending right before its owner's name: "a classified ". */
const DESCRIBED_ARTICLE_END = /\b(?:a|an|the)\s+(?:(?!(?:of|for|to|with|from|at|in|on|by|and|or|that|who|which)\s)[\p{Ll}-]+\s+){0,2}$/iu;

/**
 * A document noun phrase, perhaps with a language tag or the day it came out, then who issued it: "a statement released
 * by ", "a resolution [ru] by ", "a tweet on Monday by ".
 */
const DOCUMENT_BY = new RegExp(
  String.raw`^(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:${LANGUAGE_TAG}\s+)?(?:(?:on|last|this)\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2})?,?\s+)?(?:(?:released|issued|published|posted|sent|signed|written)\s+(?:online\s+)?)?(?:by|from)\s+`,
  'iu',
);

/**
 * Between a document and its author: its day ("a report on Wednesday by UpGuard"), a verb of issuing, perhaps "online"
 * ("a memo posted online by Senator Juan Dalmau"), "by" or "from".
 */
export const DOCUMENT_AUTHOR =
  /^\s+(?:(?:on|last|this)\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2})?,?\s+)?(?:(?:released|published|posted|issued)\s+(?:online\s+)?)?(?:by|from)\s+/u;

/**
 * `Trump's statement read: "…"`, `"…," reads Judge Miller's statement`, `A White House statement said …`: a document the
 * text says is someone's speaks in its owner's words (`docs/annotation-guide.md`: a document whose author the text names
 * is the author's). The mention of the owner, a person or an organisation, that ends where the possessive (or the
 * document noun after an owner named as an adjective) begins in the speaker words [from, stop) of `text`; null when the
 * words are not that shape. Offsets are UTF-16, half-open.
 */
export function documentOwner(text: string, block: number, from: number, stop: number, mentions: MentionIndex): { start: number } | null {
  const words = text.slice(from, stop).replace(YEAR_COVERED, '');
  const possessive = OWNED_DOCUMENT.exec(words);
  const owned = possessive ?? ATTRIBUTIVE_DOCUMENT.exec(words);
  if (!owned?.[1] || !isDocument(owned[1])) return null;
  const ownerEnd = from + owned.index;
  const owner = mentions.between(block, from, ownerEnd).find((m) => m.end === ownerEnd && m.entity.type !== 'place');
  if (!owner) return null;
  // An owner named as an adjective follows an article, perhaps with words that describe the document: "A White House
  // statement", "A classified European Union report".
  if (!possessive && !DESCRIBED_ARTICLE_END.test(text.slice(from, owner.start))) return null;
  return { start: owner.start };
}

/** A document noun, or a piece of writing that speaks as one: "A Guardian editorial predicts that …". */
const isDocument = (noun: string) => DOCUMENT_NOUNS.has(noun.toLowerCase()) || WRITTEN_WORKS.has(noun.toLowerCase());

/** A site's domain name used as an adjective after an article, then a document noun: "A publichouse.sg editorial". */
const DOMAIN_DOCUMENT = /(?:^|\s)(?:a|an|the)\s+([\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,})\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)$/iu;

/**
 * `A publichouse.sg editorial predicts that …` (Global Voices): a document of a site the text names by its domain, which
 * the name pass takes for no entity, speaks in the site's words (`docs/annotation-guide.md`: a document whose author
 * the text names is the author's). The domain's offsets in `text` (UTF-16, half-open) when the speaker words [from,
 * stop) are that shape; null otherwise.
 */
export function domainDocument(text: string, from: number, stop: number): { start: number; end: number } | null {
  const found = DOMAIN_DOCUMENT.exec(text.slice(from, stop));
  if (!found?.[1] || !found[2] || !isDocument(found[2])) return null;
  const start = from + found.index + found[0].indexOf(found[1], found[0].search(/\s\S/u) + 1);
  return { start, end: start + found[1].length };
}

/** An article, capitalised words, then a document noun after at most one other word: "an AEW press release". */
const DOCUMENT_OF = /^((?:a|an|the)\s+)\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}\s+(?:\p{Ll}+\s+)?(\p{Ll}+)(?![\p{L}-])/u;

/**
 * `According to a statement released by Erdogan's office, “…”`, `…, states a resolution [ru] by the Perm Coalition for
 * Direct Elections [ru]:`: a document the words after it say someone wrote or issued speaks in that author's words
 * (`docs/annotation-guide.md`, as above). The offset in `rest` (a block's text from the document phrase on) where the
 * author's words start, after "by" or "from"; -1 when `rest` does not open with a document noun phrase so followed.
 */
export function documentAuthorAt(rest: string): number {
  const phrase = DOCUMENT_BY.exec(rest);
  if (phrase?.[1] && DOCUMENT_NOUNS.has(phrase[1].toLowerCase())) return phrase[0].length;
  // `"…", reads an AEW press release, "…"` (Wikinews, Jon Huber, December 2020): an author named as an adjective after
  // the article, as `documentOwner` reads "A White House statement" before a verb.
  const attributive = DOCUMENT_OF.exec(rest);
  return attributive?.[2] && DOCUMENT_NOUNS.has(attributive[2].toLowerCase()) ? (attributive[1]?.length ?? -1) : -1;
}

/** "the court's summary", "the judge's statement": a definite role noun owning a document noun, ending the speaker words. */
const ROLE_OWNED_DOCUMENT = /(?:^|\s)(the\s+([\p{Ll}-]+))(?:'s|’s)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)$/iu;

/**
 * `The court's summary said: "…"`, `Part of the judge's statement reads "…"`: a document owned by a role noun the text
 * names no holder of in the possessive itself. The role noun's words in `text` (UTF-16, half-open), for the caller
 * to resolve as a role (`docs/annotation-guide.md`: a role noun is the person or body it stands for, when the text ties
 * it); null when the speaker words [from, stop) are not that shape.
 */
export function documentRoleOwner(text: string, from: number, stop: number): { start: number; end: number } | null {
  const owned = ROLE_OWNED_DOCUMENT.exec(text.slice(from, stop));
  const role = owned?.[2]?.toLowerCase() ?? '';
  if (!owned?.[1] || !DOCUMENT_NOUNS.has(owned[3]?.toLowerCase() ?? '')) return null;
  if (!PERSON_ROLE_NOUNS.includes(role) && !ORG_ROLE_NOUNS.includes(role)) return null;
  const start = from + owned.index + owned[0].length - owned[0].trimStart().length;
  return { start, end: start + owned[1].length };
}
