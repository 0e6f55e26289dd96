import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';

/**
 * A document noun phrase (an article, up to two describing words, the noun), perhaps "posted" or "published", then "on",
 * and up to two more words, ending the words before a name: "An official statement on the Twitter-like ".
 */
const DOCUMENT_ON =
  /(?:^|[\s,;:(])((?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+))\s+(?:(?:posted|published|put\s+up)\s+)?on\s+(?:(?:the|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * Where the document whose place a body's or a site's name at `nameStart` is starts, when the words from `from` to the
 * name are a document noun phrase and "on": `An official statement on the Twitter-like Sina Weibo says Wang has been
 * temporarily removed from his post` (gv-china-bo-xilai-social-media-2012-05-11), "A post on Facebook said". A site or a
 * platform a statement is posted on hosts it and says nothing; the document speaks, its author unnamed (the guide: a
 * document is quoted as a source). "In" is left alone: "an editorial in the Globe and Mail says" is the paper's own.
 * UTF-16 offsets, half-open; null for any other words.
 */
export function postedOn(text: string, from: number, nameStart: number): { start: number; end: number } | null {
  const found = DOCUMENT_ON.exec(text.slice(from, nameStart));
  if (!found?.[1] || !DOCUMENT_NOUNS.has(found[2] ?? '')) return null;
  const start = from + found.index + found[0].indexOf(found[1]);
  return { start, end: start + found[1].length };
}
