import { ORGANIZATION_KINDS } from '../lexicon/organizationKinds';
import { RESEARCH_BODIES } from '../lexicon/researchBodies';
import { acronymGloss } from './acronymGloss';
import type { MentionIndex } from './mentions';
import type { Subject } from './types';

/** What reading a kind noun's name needs of the cue reader. */
interface NameReader {
  readonly mentions: MentionIndex;
  subjectAt(block: number, at: number): Subject | null;
  titledSource(block: number, start: number, end: number): Subject | null;
}

/**
 * "The newspaper Infobae", "the news agency Telam", "supermarket chain Tesco": an optional "the", up to two lower-case
 * words, a noun of an organisation's kind, then a name of capitalised words, which the short words of a Romance or
 * English name may join ("Religiões Afro Brasileiras e Política", "Notes from the Cuban Exile Quarter"). Group 1 is the
 * kind noun, group 2 the name.
 */
const KIND_THEN_NAME =
  /^(?:[Tt]he\s+)?(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+(?:(?:de|da|do|dos|das|del|la|el|e|y|of|the|and|from|for)\s+)*\p{Lu}[\p{L}\p{N}.'’-]*){0,6})/u;

/**
 * The name that follows a noun of an organisation's kind at the start of `rest` (`lexicon/organizationKinds.ts`: news
 * style sets the kind before the name in apposition, so the name, not the kind, is who speaks: "The newspaper Infobae
 * [es] reported", gv-argentina-death-with-dignity-law-2012-05-11). Its offsets in `rest`, UTF-16 and half-open; null when
 * `rest` opens otherwise.
 */
export function kindThenName(rest: string): { start: number; end: number } | null {
  const found = KIND_THEN_NAME.exec(rest);
  const name = found?.[2];
  // "According to web site RottenTomatoes.com, 87 percent of film critics …" (wikinews-noise-fockers-weekend-box-office-
  // 2005-01-07): "web site" is the older spelling of the kind noun "website".
  const kind = found?.[1] === 'site' && /\bweb\s+site\s/i.test(found[0]) ? 'website' : found?.[1];
  if (!found || !name || !ORGANIZATION_KINDS.has(kind ?? '')) return null;
  const start = found[0].length - name.length;
  return { start, end: found[0].length };
}

/**
 * The speaker a kind noun's name at `at` of `block` is (`kindThenName`): the entity mentioned there, or a titled source
 * named by the words when the name pass left them out; the subject runs from the kind noun's phrase. `rest` is the block
 * from `at` on; null when it opens with no kind noun and name.
 */
function kindNamed(reader: NameReader, rest: string, block: number, at: number): Subject | null {
  const kindName = kindThenName(rest);
  if (!kindName) return null;
  const nameAt = at + kindName.start;
  const mentioned = reader.mentions.between(block, nameAt, nameAt + 1).some((m) => m.start === nameAt);
  const named = mentioned ? reader.subjectAt(block, nameAt) : reader.titledSource(block, nameAt, at + kindName.end);
  return named && { ...named, ref: { ...named.ref, start: at } };
}

/**
 * "According to local Kandilli observatory", "the Kandilli observatory said" (a fresh Wikinews page, session 49): a
 * capitalised name the name pass left to no one, then in lower case a noun of an organisation's or a research body's
 * kind, which English sets after a name as well as before it. Group 1 is the name, group 2 the noun.
 */
const NAME_THEN_KIND =
  /^(?:(?:[Tt]he|[Ll]ocal)\s+)?(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our)\s)(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(\p{Ll}+)\b(?!\s+\p{Lu})/u;

/**
 * The body a name no one was found in and its kind noun after it name at `at` of `block` (`NAME_THEN_KIND`), as the
 * text writes it from the name on; null when `rest` opens otherwise or the name pass found someone in the name.
 */
function nameThenKind(reader: NameReader, rest: string, block: number, at: number): Subject | null {
  const found = NAME_THEN_KIND.exec(rest);
  const kind = found?.[2] ?? '';
  if (!found?.[1] || !(ORGANIZATION_KINDS.has(kind) || RESEARCH_BODIES.has(kind))) return null;
  const nameAt = at + found[0].indexOf(found[1]);
  if (reader.mentions.between(block, at, at + found[0].length).length > 0) return null;
  const named = reader.titledSource(block, nameAt, at + found[0].length);
  return named && { ...named, ref: { ...named.ref, start: at } };
}

/**
 * The organisation a name at `at` of `block` stands for when the words around it say it is one: glossed by its acronym
 * (`acronymGloss.ts`) or set off by a kind noun before it (`kindNamed`) or after it (`nameThenKind`). `rest` is the block from `at` on; null otherwise.
 */
export const organizationNamedAt = (reader: NameReader, rest: string, block: number, at: number): Subject | null =>
  acronymGloss(rest, block, at, reader.mentions) ?? kindNamed(reader, rest, block, at) ?? nameThenKind(reader, rest, block, at);
