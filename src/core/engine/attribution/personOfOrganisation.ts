import { ROLE_WORDS, TITLE_WORDS } from '../entities/lookups';
import { ORG_ROLE_NOUNS } from '../lexicon/orgRoleNouns';
import { appositiveHead, unopenedAppositive } from './unclosedAppositive';
import type { BlockMention } from './mentions';
import { beforePlace } from './placePreposition';
import { roleComplementSubject } from './roleComplement';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';
import type { NamedEnding } from './namedBefore';
import { givenNameFrom } from './firstNameFrom';
import { leaderOfBody } from './leaderOfBody';

/** A plural noun (or a plural acronym in parentheses) right before "from/of/at the <organisation>": its members. */
const MEMBERS_BEFORE = /(?:^|\s)(?:\p{L}\p{Ll}+(?<![su]s|is|ys|ics)s|\([A-Z]{2,}s\))$/u;
/** Words for people of a body that "in" may join to it: "others in the party", "members in the Senate". */
const MEMBERS_IN = /\b(?:others|members|officials|leaders|lawmakers|colleagues|politicians)$/;
/** A description of one person ending where a place's preposition begins: "A pastor" of "A pastor from Goma". */
const ONE_PERSON_END = /(?:^|[\s,;:—–(])((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[\p{L}'’-]+\s+){0,3}?\p{Ll}[\p{L}'’-]*)$/u;

/** A role set off by a comma after a name, up to where its body is named: ", health spokeswoman", ", Executive Director of
 * Jordan's Justice Center"; an age may come first (", 47, legal chairwoman", AP style's age after a name). */
const ROLE_AFTER_NAME = /^(?:,\s+\d{1,3})?,\s+(?:the\s+|a\s+|an\s+)?(\p{L}[\p{L}'’ -]{1,60})$/u;

/**
 * Whether the words between a person's name and the body the speaker words end with are the person's role: lower-case
 * words ("health spokeswoman"), or a capitalised title whose last word is a title or role word ("Executive Director of
 * Jordan's Justice Center" in `Hadeel Abdel Aziz, Executive Director of Jordan's Justice Center for Legal Aid affirmed:`,
 * Global Voices, Jordan, May 2012, where the writer left out the comma that closes the appositive). AP style writes a
 * title after a name with a comma, and the person, not the body, then speaks.
 */
function roleAfterName(between: string): boolean {
  const role = ROLE_AFTER_NAME.exec(between)?.[1];
  if (!role) return false;
  if (/^\p{Ll}/u.test(role)) return true;
  const title = /^(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*(?=\s+(?:of|for|at)\s|$)/u.exec(role)?.[0].split(/\s+/).at(-1) ?? '';
  return TITLE_WORDS.has(title) || ROLE_WORDS.has(title.toLowerCase());
}

/**
 * Where an organisation's mention starting at `start` begins with the place or body that owns it in a possessive right
 * before it, as a name, not a person's: the owner's start for "West Midlands Police’s Force CID" or "China's Tsinghua
 * University", `start` when there is no such owner at or after `from`. UTF-16 offsets in block `block`.
 */
function withOwner(reader: SubjectReader, block: number, from: number, start: number): number {
  const text = reader.texts[block] ?? '';
  const owner = /['’]s\s+$/.exec(text.slice(Math.max(from, start - 4), start));
  const ownedBy = owner && reader.mentions.between(block, from, start).find((m) => m.entity.type !== 'person' && m.end === start - owner[0].length);
  return ownedBy?.start ?? start;
}

/**
 * The speaker when the speaker words end with an organisation or a place: the person of the organisation (`Lydia
 * Buchtmann for Food Standards Australia, says`, `Sergeant Ellis of the Westbrook Police Department said`), its
 * members the text does not name (unattributed), one person of a place (`A pastor from Goma suggests`); null when a
 * place closes a description of someone unnamed; undefined when none of these applies and the mention itself may speak.
 */
export function personOfOrganisation(reader: SubjectReader, at: NamedEnding): Subject | null | undefined {
  const { block, from, end, stop, named } = at;
  const text = reader.texts[block] ?? '';
  // "Cristina from ESFM Caracollo in the Department of Oruro said:": a given name alone before where she is from.
  const given = givenNameFrom(reader, block, from, named.start);
  if (given) return given;
  // "Carl Russell of West Midlands Police’s Force CID said": the organisation a possessive names is part of the unit.
  const unitStart = withOwner(reader, block, from, named.start);
  const preposition = /\s+(?:of|for|at|from|with|in|within)\s+(?:the\s+)?$/.exec(text.slice(Math.max(from, unitStart - 12), unitStart));
  // "Biden and others in the Democratic Party warned": people "in" a body are its members only after words that say so
  // ("responses in the DAP reporting portal" are no one's).
  const of =
    preposition && /^\s+(?:in|within)\s/.test(preposition[0]) && !MEMBERS_IN.test(text.slice(from, unitStart - preposition[0].length)) ? null : preposition;
  // "Jackie Baillie, health spokeswoman for the Labour Party, which uncovered the figures, said": so does a person whose
  // role the words before "for" name.
  const role = (m: { end: number }) => roleAfterName(text.slice(m.end, unitStart - (of?.[0].length ?? 0)));
  const person =
    of && reader.mentions.between(block, from, unitStart).find((m) => m.entity.type === 'person' && (m.end === unitStart - of[0].length || role(m)));
  if (person) return reader.subjectAt(block, person.start);
  const unopened = unopenedAppositive(reader, block, from, unitStart);
  if (unopened) return unopened;
  // "Three seasoned noncommissioned officers (NCOs) from the Brigade Modernization Command (BMC) … explained":
  // people of the organisation the text does not name speak, not the organisation.
  // "The director of Griffith University described …": the one who heads the body speaks, never the body.
  const leader = of ? leaderOfBody(reader, block, from, unitStart - of[0].length, named, stop) : null;
  if (leader) return leader;
  const members = of ? MEMBERS_BEFORE.exec(text.slice(from, unitStart - of[0].length)) : membersOfConjoined(reader, at);
  if (members) return { ref: { block, start: from + members.index, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
  const complement = of ? roleComplementSubject(reader, block, from, unitStart - of[0].length, named, end) : undefined;
  if (complement !== undefined) return complement;
  const place = beforePlace(text, from, named.start, 12);
  const ofPlace = named.entity.type === 'place' ? /\s+(?:of|from|in|at)\s+(?:the\s+)?$/.exec(place.lead) : null;
  const one = ofPlace && ONE_PERSON_END.exec(text.slice(from, place.end - ofPlace[0].length));
  // "the city of Chicago welcomed" is the place itself.
  if (ofPlace && one?.[1] && !ORG_ROLE_NOUNS.includes(one[1].split(/\s+/).at(-1) ?? '')) {
    const ref = { block, start: place.end - ofPlace[0].length - one[1].length, end: stop };
    // "Dr. Natasha Batalha, an astronomer at NASA Ames says": the description is the appositive of a name.
    const person = appositiveHead(reader, block, from, ref.start);
    if (person) return person;
    const entity = reader.unnamedSource(ref);
    return { ref, entity, resolution: entity ? 'name' : 'unattributed', antecedent: null };
  }
  // "Seba Space, LGBT blogger from Uganda, believes": a place after "from" or "in" closes a description of someone
  // the text has not named; the place does not speak.
  if (ofPlace && at.appositive === false && /,\s*$/.test(text.slice(named.end, end))) return null;
  return undefined;
}

/**
 * `scientists from China's Tsinghua University and the Chinese Academy of Sciences reported` (wikinews-dinosaurs-flapped-
 * wings-as-they-ran-2019-05-05): the plural noun of people before "from" the first of organisations "and" joins, as
 * `MEMBERS_BEFORE` reads it before one; the match in the words from `from`, or null.
 */
function membersOfConjoined(reader: SubjectReader, at: NamedEnding): RegExpExecArray | null {
  const { block, from, named } = at;
  const text = reader.texts[block] ?? '';
  const first = firstConjunct(reader, block, from, named);
  if (first === named) return null;
  // "China's Tsinghua University": a place or body owning the first organisation is part of its name.
  const start = withOwner(reader, block, from, first.start);
  const preposition = /\s+(?:of|from|at|with)\s+(?:the\s+)?$/.exec(text.slice(Math.max(from, start - 12), start));
  return preposition ? MEMBERS_BEFORE.exec(text.slice(from, start - preposition[0].length)) : null;
}

/** The first of the mentions of one type that "and" or commas join up to `named` ("the United Kingdom and the United States"). */
export function firstConjunct(reader: SubjectReader, block: number, from: number, named: BlockMention): BlockMention {
  const text = reader.texts[block] ?? '';
  let first = named;
  for (;;) {
    const previous = reader.mentions.between(block, from, first.start).findLast((m) => m.end <= first.start);
    if (!previous || previous.entity.type !== named.entity.type || !/^(?:,\s*|,?\s+and\s+)(?:the\s+)?$/.test(text.slice(previous.end, first.start)))
      return first;
    first = previous;
  }
}
