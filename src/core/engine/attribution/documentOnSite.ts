import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';

/**
 * A document noun phrase, perhaps "posted", then "on" or "to" and a capitalised owner's possessive before the site it
 * is on: "a statement on Amuary’s website", "a notice posted on the Kremlin's official website". Group 1 is the head
 * noun, group 2 the owner's words (up to five capitalised words), group 3 the possessive and the site.
 */
const DOCUMENT_ON_SITE =
  /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:(?:posted|published)\s+)?(?:on|to)\s+(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,4})(['’]s\s+(?:official\s+)?(?:website|web\s+site|site|homepage|web\s+page|blog))(?![\p{L}-])/u;

/**
 * `“No other decision but the cancellation of the sporting event could be taken,” said a statement on Amuary’s
 * website.` (wikinews-2008-dakar-rally-cancelled-over-terrorist-threat-2008-01-05): a document on a site the text says
 * is a named body's or person's speaks in the owner's words (`docs/annotation-guide.md`, "An organisation misspelt after
 * its first naming": the statement on the website takes the organisation), as `documentAuthorAt` reads "a statement
 * issued by the union". Only an owner named with a capital: "a statement on his website" is left to the document's
 * description, since a possessive pronoun does not say whose site it is as plainly. Offsets in `rest` (a block's text
 * from the document phrase on; UTF-16, half-open): where the owner's words start, and where the site's noun ends; null
 * when `rest` does not open with that shape.
 */
export function documentSiteOwnerAt(rest: string): { owner: number; end: number } | null {
  const found = DOCUMENT_ON_SITE.exec(rest);
  if (!found?.[1] || !found[2] || !found[3] || !DOCUMENT_NOUNS.has(found[1])) return null;
  const end = found[0].length;
  return { owner: end - found[3].length - found[2].length, end };
}
