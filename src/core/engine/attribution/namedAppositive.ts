import { LANGUAGE_TAG } from '../languageTag';
import { PERSON_NOUNS } from './lowerTitle';
import { affiliatedName } from './affiliatedName';
import type { MentionIndex } from './mentions';
import { titledAffiliate } from './titledAffiliate';

/** A description heading a sentence's subject: "A Republican Assemblywoman", "One of the study's authors", "Another co-author". */
const DESCRIPTION = /(?:^|[.;:!?]\s+|,\s+|\b(?:then|Then|now|Now)\s*,\s*)(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s[^,;:"“”]{0,80}$/u;
/**
 * An opening phrase naming a talk and who it was with, up to the description's comma: "In an interview Tuesday, Feb 8,
 * at the Washington DC offices of VOA with the Khmer Service's Reasey Poch" (VOA Khmer, Sam Rainsy interview, 8
 * February 2005). The person after "with" is the preposition's object, the one the subject talked to, never the head
 * the description that follows is set off from.
 */
const TALK_WITH =
  /^(?:In|During|At|After)\s+(?:an?|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:interview|meeting|talks?|conversation|discussion|call)\b[^;:"“”]*\bwith\s+[^,;:"“”]+$/u;
/** Title words between the description's comma and the name: "herpetologist", "civil and environmental engineering professor". */
const TITLE_BEFORE = /^,\s+(?:[\p{L}'’-]+\s+){0,6}$/u;
/**
 * What may stand between the closing comma and the verb: "also", "has publicly", "then"; before the comma, the language
 * tag of the link on the name (`Another blogger, Tototapalnise [id], tries …`, Global Voices, Indonesia, May 2012).
 */
const BEFORE_VERB = new RegExp(String.raw`^(?:\s+${LANGUAGE_TAG})?,\s+(?:(?:also|then|later|has|have|had|\p{Ll}+ly)\s+){0,3}$`, 'u');

/**
 * The same appositive set off by dashes, whose description may hold a comma of its own: `One visitor to Atlantic City,
 * New Jersey — Matt Jenkins — told the press, "…"` (Wikinews, Christie's beach photos, July 2017).
 */
const DASHED_DESCRIPTION = /(?:^|[.;:!?]\s+)(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s[^;:"“”—–]{0,80}$/u;
const DASHED_BEFORE_VERB = /^\s+[—–]\s+(?:(?:also|then|later|has|have|had|\p{Ll}+ly)\s+){0,3}$/u;
const DASHED_TITLE_BEFORE = /^[—–]\s+(?:[\p{L}'’-]+\s+){0,6}$/u;

/**
 * `A Republican Assemblywoman, Jill Tolles, also commented …`, `One of the study's authors, herpetologist David
 * Blackburn, told …`: a description heading the subject, then the person it describes set off by commas (AP style's
 * appositive). The person speaks, not the description: the mention of the person whose closing comma is right before
 * the verb at `verbStart`, or null when the words are not that shape; failing that, a person named with their
 * affiliation (`affiliatedName.ts`) or a title at the body they work for (`titledAffiliate.ts`). Offsets are UTF-16, half-open, in `text`.
 */
export function namedAppositive(text: string, block: number, from: number, verbStart: number, mentions: MentionIndex): { start: number; end: number } | null {
  return (
    describedPerson(text, block, from, verbStart, mentions) ??
    affiliatedName(text, block, from, verbStart, mentions) ??
    titledAffiliate(text, block, from, verbStart, mentions)
  );
}

/** The person a description heading the subject sets off by commas (see `namedAppositive`), or null. */
function describedPerson(text: string, block: number, from: number, verbStart: number, mentions: MentionIndex): { start: number; end: number } | null {
  const person = mentions.between(block, from, verbStart).findLast((m) => m.entity.type === 'person' && m.end <= verbStart);
  if (!person) return null;
  const dashed = DASHED_BEFORE_VERB.test(text.slice(person.end, verbStart));
  if (!dashed && !BEFORE_VERB.test(text.slice(person.end, verbStart))) return null;
  const comma = dashed ? Math.max(text.lastIndexOf('—', person.start), text.lastIndexOf('–', person.start)) : text.lastIndexOf(',', person.start);
  if (comma < from || !(dashed ? DASHED_TITLE_BEFORE : TITLE_BEFORE).test(text.slice(comma, person.start))) return null;
  const head = text.slice(from, comma);
  // The description itself may be a mention already, of the unnamed source an earlier reading made of it ("Another
  // blogger"): it names nobody else.
  const described = (m: { start: number; end: number }) => /^(?:an?|another|one)\s/i.test(text.slice(m.start, m.end));
  const description = (dashed ? DASHED_DESCRIPTION : DESCRIPTION).exec(head);
  if (!description) return null;
  // A person inside an opening "In an interview … with X" phrase is not the head of the description after it.
  const named = TALK_WITH.test(head.slice(0, description.index)) ? from + description.index : from;
  if (mentions.between(block, named, comma).some((m) => m.entity.type === 'person' && m.start >= named && !described(m))) return null;
  return { start: person.start, end: person.end };
}

/**
 * `A university student named Wong said`, `said a protester using the pseudonym Katya`: an indefinite description of
 * someone ending in a noun for a person, then the name (or pseudonym) the text gives them, one or two capitalised words. Reporters name a source so
 * when they know only a given name or a chosen one; the source is that name's, not the description's.
 */
const CALLED =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)\s+(?:named|called|using\s+the\s+(?:pseudonym|name)|identified\s+only\s+as)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)(?![\p{L}\p{M}'’-])/du;

/** Where the name such a description gives is in `rest` (UTF-16 offsets, half-open); null when `rest` opens with none. */
export function calledNameAt(rest: string): { start: number; end: number } | null {
  const called = CALLED.exec(rest);
  const name = called?.indices?.[2];
  // "a company called Acme" names a body: only a noun for a person ("student", "protester") is someone's description.
  return name && PERSON_NOUNS.has(called?.[1] ?? '') ? { start: name[0], end: name[1] } : null;
}
