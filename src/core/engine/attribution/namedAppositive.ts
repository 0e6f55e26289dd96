import { affiliatedName } from './affiliatedName';
import type { MentionIndex } from './mentions';
import { titledAffiliate } from './titledAffiliate';

/** A description heading a sentence's subject: "A Republican Assemblywoman", "One of the study's authors", "Another co-author". */
const DESCRIPTION = /(?:^|[.;:!?]\s+|,\s+|\b(?:then|Then|now|Now)\s*,\s*)(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s[^,;:"“”]{0,80}$/u;
/** Title words between the description's comma and the name: "herpetologist", "civil and environmental engineering professor". */
const TITLE_BEFORE = /^,\s+(?:[\p{L}'’-]+\s+){0,6}$/u;
/** What may stand between the closing comma and the verb: "also", "has publicly", "then". */
const BEFORE_VERB = /^,\s+(?:(?:also|then|later|has|have|had|\p{Ll}+ly)\s+){0,3}$/u;

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
  if (!person || !BEFORE_VERB.test(text.slice(person.end, verbStart))) return null;
  const comma = text.lastIndexOf(',', person.start);
  if (comma < from || !TITLE_BEFORE.test(text.slice(comma, person.start))) return null;
  const head = text.slice(from, comma);
  if (!DESCRIPTION.test(head) || mentions.between(block, from, comma).some((m) => m.entity.type === 'person' && m.start >= from)) return null;
  return { start: person.start, end: person.end };
}
