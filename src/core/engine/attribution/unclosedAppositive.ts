import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { SOURCE_ROLES } from '../lexicon/sourceRoles';
import type { BlockMention } from './mentions';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/** The person named right before a comma that a description at `start` opens after: the description is the name's appositive. */
export function appositiveHead(reader: SubjectReader, block: number, from: number, start: number): Subject | null {
  const person = personBeforeComma(reader, block, from, start);
  return person ? reader.subjectAt(block, person.start) : null;
}

/** The mention of a person that ends right before the comma a description at `start` follows. */
export function personBeforeComma(reader: SubjectReader, block: number, from: number, start: number): BlockMention | undefined {
  const comma = /,\s*$/.exec((reader.texts[block] ?? '').slice(from, start));
  return comma ? reader.mentions.between(block, from, start).find((m) => m.entity.type === 'person' && m.end === start - comma[0].length) : undefined;
}

/** Where a clause opens: a sentence's start, a comma, or a conjunction ("where", "and"). */
export const CLAUSE_OPENS = /(?:^|[.!?:;,—–]\s*|\b(?:where|when|while|as|and|but|after|because|since|whereas)\s+)$/;
/**
 * The body a person belongs to, between their name and a comma: "of" or "from" and a name in quotation marks or words
 * with no clause of their own (` of "Have no fear"`, ` of Milltech Marine`).
 */
const AFFILIATION_BEFORE_COMMA =
  /^\s+(?:of|from)\s+(?:the\s+)?(?:"[^"]{1,60}"|“[^”]{1,60}”|(?:(?!who\b|which\b|that\b)[^\s,;:"“”()]+\s+){0,6}[^\s,;:"“”()]+)\s*,\s*$/u;

/** The mention of a person whose name and affiliation (see `AFFILIATION_BEFORE_COMMA`) end at the comma before `start`. */
function affiliatedPersonBeforeComma(reader: SubjectReader, block: number, from: number, start: number): BlockMention | undefined {
  const text = reader.texts[block] ?? '';
  const inside = reader.mentions.between(block, from, start).filter((m) => m.start >= from && m.end <= start);
  const person = inside.findLast((m) => m.entity.type === 'person');
  // "Maria Lopez of Acme and Tom Reyes, a …": another person after the name may be whom the description is of.
  return person && AFFILIATION_BEFORE_COMMA.test(text.slice(person.end, start)) ? person : undefined;
}

/** A description opened by its owner's possessive name ("Zuma's spokesman"). */
const OWNER_OPENS = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s\s/u;

/**
 * `He points to The Voice of Chinese Bloggers, where Chiu Yung, another Guangzhou blogger wrote that …` (Global Voices,
 * 2004): an indefinite description right after a name and a comma, then the cue verb, is the name's appositive with its
 * closing comma left out, so the name speaks. So is one after a name and the body it belongs to (`Anna Franowska of
 * "Have no fear", an abuse victim support charity, told Reuters "…"`, Wikinews 2019): the description is the body's or
 * the person's, and an appositive never stands in for the named subject (AP style sets a source's description off by
 * commas after the name). Only when the name opens its clause and the description is indefinite or set apart by "the other"
 * (`Ellen Laipson, the other ex-CIA official also stated`, Wikinews 2006), or, with `possessive`,
 * opened by its owner's name (`Vincent Magwenya, Zuma's spokesman said the incident would have no impact`, Wikinews,
 * March 2010): in `The award went to John Smith, a spokesman said`, the name is the object of the clause before.
 */
export function unclosedAppositive(reader: SubjectReader, block: number, from: number, start: number, possessive = false): Subject | null {
  const text = reader.texts[block] ?? '';
  if (!/^(?:an?|another|one|the\s+other)\s/i.test(text.slice(start)) && !(possessive && OWNER_OPENS.test(text.slice(start)))) return null;
  const person = personBeforeComma(reader, block, from, start) ?? affiliatedPersonBeforeComma(reader, block, from, start);
  return person && CLAUSE_OPENS.test(text.slice(0, person.start)) ? reader.subjectAt(block, person.start) : null;
}

/**
 * A description opened with "a" or "an" right after the name with no comma, running to the body it names: " an
 * investigator for the rights group " before "Ad Hoc".
 */
const UNOPENED_DESCRIPTION = /^\s+(?:an?)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,4}\s+(?:of|for|at|with|from)\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u;

/**
 * `Chan Soveth an investigator for the rights group Ad Hoc, said the US report was accurate`
 * (voa-cambodia-government-declines-comment-rights-report-2007-03-07): a person's name opening the clause, then an
 * indefinite description whose opening comma the writer left out, ending on the body the description names. The
 * person speaks, not the body (AP style sets a source's description off by commas after the name). `bodyStart` is
 * where the body's mention starts; null when the words are not so shaped.
 */
export function unopenedAppositive(reader: SubjectReader, block: number, from: number, bodyStart: number): Subject | null {
  const text = reader.texts[block] ?? '';
  const person = reader.mentions.between(block, from, bodyStart).find((m) => m.entity.type === 'person' && m.start >= from);
  if (!person || !CLAUSE_OPENS.test(text.slice(0, person.start))) return null;
  const between = text.slice(person.end, bodyStart);
  return UNOPENED_DESCRIPTION.test(between) || NOUNLESS_DESCRIPTION.test(between) ? reader.subjectAt(block, person.start) : null;
}

/**
 * `Sawsan Chebli, a senior German Council on Foreign Relations (DGAP) said that, "…"` (a fresh Wikinews page, session 48):
 * a name's appositive whose noun the writer left out, so that the body's name closes it right before the cue verb. The
 * indefinite article after the comma still opens a description of the person, who speaks, not the body.
 */
const NOUNLESS_DESCRIPTION = /^,\s+an?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:the\s+)?$/u;

/** Role words of a person: the role nouns, and the words that tell a source's kind ("consultant", "critic"). */
const BARE_ROLES: ReadonlySet<string> = new Set([...PERSON_ROLE_NOUNS, ...SOURCE_ROLES.map(([role]) => role)]);

/** Prepositions that carry a bare role on to whom or where it is held: "consultant to", "critic for", "lecturer at". */
const ROLE_PREPOSITION = /^(?:to|for|at|of|with|in|on)$/;

/**
 * `Jarret Brachman, consultant to the US government on terrorism said in a telephone interview …, "…"`
 * (wikinews-suicide-bomber-us-base-afghanistan-al-qaeda-double-agent-2010-01-05): a person's name opening its clause, a
 * comma, then a bare role noun (up to two words before it: "film critic") and what it is held for, with the closing
 * comma left out before the cue verb. The person speaks, not the body or place the role names (AP style sets a source's
 * description off by commas after the name). [from, stop) are the speaker words (UTF-16, half-open); null when they are
 * not so shaped.
 */
export function bareRoleAppositive(reader: SubjectReader, block: number, from: number, stop: number): Subject | null {
  const text = reader.texts[block] ?? '';
  const comma = text.lastIndexOf(',', stop);
  if (comma < from) return null;
  const words = text
    .slice(comma + 1, stop)
    .trim()
    .split(/\s+/);
  const role = words.findIndex((w) => BARE_ROLES.has(w));
  if (role < 0 || role > 2 || !words.slice(0, role + 1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  if (role < words.length - 1 && !ROLE_PREPOSITION.test(words[role + 1] ?? '')) return null;
  const person = personBeforeComma(reader, block, from, comma + 1 + (/^\s*/.exec(text.slice(comma + 1))?.[0].length ?? 0));
  return person && CLAUSE_OPENS.test(text.slice(0, person.start)) ? reader.subjectAt(block, person.start) : null;
}
