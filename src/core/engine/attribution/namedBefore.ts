import { ROLE_WORDS, TITLE_WORDS } from '../entities/lookups';
import { ORG_ROLE_NOUNS } from '../lexicon/orgRoleNouns';
import { THING_NOUNS } from '../lexicon/thingNouns';
import { subtitledTitle } from './handleSubject';
import { appositiveHead, unclosedAppositive, unopenedAppositive } from './unclosedAppositive';
import { personFromPerson } from './personWritesAt';
import type { BlockMention } from './mentions';
import { governedName } from './governedName';
import { beforePlace } from './placePreposition';
import { relationBefore } from './relationBefore';
import { rolePrefixedName } from './rolePrefixedName';
import { roleComplementSubject } from './roleComplement';
import { sightBefore } from './sightOf';
import { agentBefore } from './agentBefore';
import { tiedName } from './tiedName';
import { documentOwner } from './documentOwner';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';
import { someMembers } from './someMembers';
import { givenNameFrom } from './firstNameFrom';
import { leaderOfBody } from './leaderOfBody';

/** A plural noun (or a plural acronym in parentheses) right before "from/of/at the <organisation>": its members. */
const MEMBERS_BEFORE = /(?:^|\s)(?:\p{L}\p{Ll}+(?<![su]s|is|ys|ics)s|\([A-Z]{2,}s\))$/u;
/** Words for people of a body that "in" may join to it: "others in the party", "members in the Senate". */
const MEMBERS_IN = /\b(?:others|members|officials|leaders|lawmakers|colleagues|politicians)$/;
/** A description of one person ending where a place's preposition begins: "A pastor" of "A pastor from Goma". */
const ONE_PERSON_END = /(?:^|[\s,;:—–(])((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[\p{L}'’-]+\s+){0,3}?\p{Ll}[\p{L}'’-]*)$/u;
/** A message and "from", right before its sender's name: "An email from ", "a letter from the ". */
const MESSAGE_FROM =
  /(?:^|[\s,;:—–(])(?:a|an|the|one|another|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:email|e-mail|letter|memo|message|note|cable|fax)\s+from\s+(?:the\s+)?$/iu;
/**
 * A document, then who saw, obtained or published it: "A leaked internal letter seen by ", "a report obtained by the ",
 * "RIAA's notice published by ".
 */
const CONVEYED_BY =
  /(?:^|[\s,;:—–(])((?:the|a|an|[\p{L}.&-]+['’]s)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:seen|obtained|published|reported|cited|quoted|reviewed|leaked|released|shared)\s+(?:to|by)\s+(?:the\s+)?$/iu;

/**
 * A work described, then the comma of its name's appositive: "Her new song, " of "Her new song, Born This Way, said that
 * God created homosexuals …" (Global Voices, Hong Kong, May 2012). The name is the work's however the name pass typed
 * it, and a work says what its author wrote, whom the words do not name.
 */
const WORK_THEN_COMMA = /(?:^|[\s,;:—–(])(?:the|a|an|his|her|their|its|[\p{L}.&-]+['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{L}-]+),\s+$/iu;

/** An indefinite determiner right before a name: "One " of "One MP", "an " of "an AMA". */
const ONE_OF_KIND = /(?<![\p{L}'’-])(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+$/u;

/** The speaker words before a cue verb that end with a mention (see `speakerWords.ts`), in one block. */
export interface NamedEnding {
  block: number;
  /** Where the look-back starts and where the cue verb starts, UTF-16 offsets. */
  from: number;
  end: number;
  /** Where the speaker words end: at the mention's end. */
  stop: number;
  /** The mention the speaker words end with. */
  named: BlockMention;
  /** Whether the words are the head of an appositive. */
  appositive: boolean;
}

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
 * The speaker when the speaker words end with an organisation or a place: the person of the organisation (`Lydia
 * Buchtmann for Food Standards Australia, says`, `Sergeant Ellis of the Westbrook Police Department said`), its
 * members the text does not name (unattributed), one person of a place (`A pastor from Goma suggests`); null when a
 * place closes a description of someone unnamed; undefined when none of these applies and the mention itself may speak.
 */
function personOfOrganisation(reader: SubjectReader, at: NamedEnding): Subject | null | undefined {
  const { block, from, end, stop, named } = at;
  const text = reader.texts[block] ?? '';
  // "Cristina from ESFM Caracollo in the Department of Oruro said:": a given name alone before where she is from.
  const given = givenNameFrom(reader, block, from, named.start);
  if (given) return given;
  // "Carl Russell of West Midlands Police’s Force CID said": the organisation a possessive names is part of the unit.
  const owner = /['’]s\s+$/.exec(text.slice(Math.max(from, named.start - 4), named.start));
  const ownedBy = owner && reader.mentions.between(block, from, named.start).find((m) => m.entity.type !== 'person' && m.end === named.start - owner[0].length);
  const unitStart = ownedBy?.start ?? named.start;
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
 * The speaker when the speaker words before a cue verb end with a mention: the person of an organisation or place
 * (above); the sender of a message, not whom it is to (`An email from Burkhardt & Associates to James Roche advises`, `A
 * CAA letter to PIA expressed`, wikinews-pia-sacrifices-goat-resumes-atr-flights-2016-12-14);
 * the document, not who saw or published it (`A leaked internal letter seen by Sky News says`); nobody for a place a
 * preposition governs (`blogger from Uganda`) and for a look or a picture of someone (`the views of Jupiter reveals`); else
 * the mention itself. Null when the words name no speaker.
 */
export function namedSpeakerBefore(reader: SubjectReader, at: NamedEnding): Subject | null {
  const { block, from, stop, named } = at;
  const text = reader.texts[block] ?? '';
  // "Unzipped: Gay Armenia likens …": a blog's title and subtitle opening the sentence speak as written.
  if (/(?:^|[.!?]["”’]?\s+)$/u.test(text.slice(0, from)) && subtitledTitle(text, block, from, named, reader.mentions))
    return reader.handleSource(block, from, named.end);
  // "One MP told the BBC", "Another Apprentice said": a name after "one" or "a" is a common noun for one person of that kind, unnamed.
  const one = ONE_OF_KIND.exec(text.slice(Math.max(from, named.start - 9), named.start));
  if (one && !rolePrefixedName(text, named)) {
    const ref = { block, start: named.start - one[0].length, end: stop };
    const person = unclosedAppositive(reader, block, from, ref.start);
    if (person) return person;
    const entity = reader.unnamedSource(ref);
    return { ref, entity, resolution: entity ? 'name' : 'unattributed', antecedent: null };
  }
  const members = someMembers(text, from, named);
  if (members !== null) return { ref: { block, start: members, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
  const relation = named.entity.type === 'person' ? relationBefore(text, from, named.start) : null;
  if (relation !== null) {
    const ref = { block, start: relation, end: stop };
    const entity = reader.unnamedSource(ref);
    return { ref, entity, resolution: entity ? 'name' : 'unattributed', antecedent: null };
  }
  if (sightBefore(text.slice(from, named.start))) return null;
  const object = named.entity.type === 'person' ? governedName(text, from, named, at.end) : tiedName(text, from, named.start);
  const governed = agentBefore(text.slice(from, named.start)) ? from : object;
  if (governed !== null) return { ref: { block, start: governed, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
  if (named.entity.type !== 'person') {
    const member = personOfOrganisation(reader, at);
    if (member !== undefined) return member;
  }
  const affiliated = personFromPerson(reader, at);
  if (affiliated) return affiliated;
  const work = named.entity.type === 'person' ? null : WORK_THEN_COMMA.exec(text.slice(from, named.start));
  if (work?.[1] && THING_NOUNS.has(work[1].toLowerCase()))
    return { ref: { block, start: from + work.index, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
  const addressee = /\sto\s+$/.exec(text.slice(Math.max(from, named.start - 5), named.start));
  if (addressee) {
    const sender = reader.mentions.between(block, from, named.start).findLast((m) => m.end <= named.start - addressee[0].length);
    const message = sender && MESSAGE_FROM.test(text.slice(from, sender.start)) && !text.slice(sender.end, named.start - addressee[0].length).trim();
    const owner = documentOwner(text, block, from, named.start - addressee[0].length, reader.mentions);
    return message ? reader.subjectAt(block, sender.start) : owner ? reader.subjectAt(block, owner.start) : null;
  }
  const conveyed = /\s(?:by|to)\s+(?:the\s+)?$/.test(text.slice(Math.max(from, named.start - 8), named.start))
    ? CONVEYED_BY.exec(text.slice(from, named.start))
    : null;
  if (conveyed?.[1]) {
    const start = from + conveyed.index + conveyed[0].indexOf(conveyed[1]);
    const document = reader.documentSource(block, start, start + conveyed[1].length);
    return document ?? { ref: { block, start, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
  }
  // "authorities in the United Kingdom and the United States announced": a preposition before the first of places
  // joined by "and" governs them all, and a place a place owns ("scientists studying patients in Zhuhai in China's
  // Guangdong Province reported", Wikinews, February 2020); "within" as "in" ("According to reports, criticism within Serbia
  // has said …", wikinews-serbian-protesters-try-to-storm-parliament-2020-07-12: the criticism speaks, not Serbia).
  const first = firstConjunct(reader, block, from, named);
  if (named.entity.type === 'place' && /\b(?:from|in|within|of|at|near)\s+(?:the\s+)?$/i.test(beforePlace(text, from, first.start, 8).lead))
    return governmentOf(reader, at, first);
  const owner = named.entity.type === 'place' ? /['’]s\s+$/.exec(text.slice(Math.max(from, first.start - 4), first.start)) : null;
  const ownerPlace =
    owner && reader.mentions.between(block, from, first.start).find((m) => m.entity.type === 'place' && m.end === first.start - owner[0].length);
  if (ownerPlace && /\b(?:[Ff]rom|[Ii]n|[Oo]f|[Aa]t|[Nn]ear)\s+(?:the\s+)?$/.test(text.slice(Math.max(from, ownerPlace.start - 9), ownerPlace.start)))
    return null;
  return reader.subjectAt(block, named.start);
}

/**
 * "The government of Burundi on Tuesday announced his death" (wikinews-burundi-president-nkurunziza-dies-2020-06-11), "The
 * government of American Samoa issued a statement …", "The government of war-torn Syria said" (`placePreposition.ts`):
 * a government or an administration "of" one place, opening the speaker words, is the body that speaks, named as written
 * (the guide's fullest name of an organisation, docs/annotation-guide.md); null for anyone else before "of" a place
 * ("residents of Burundi", "a spokesman for the government of Burundi", whose speaker is not the place).
 */
function governmentOf(reader: SubjectReader, at: NamedEnding, first: BlockMention): Subject | null {
  const { block, from, stop, named } = at;
  if (first !== named) return null;
  const text = reader.texts[block] ?? '';
  const place = beforePlace(text, from, named.start, named.start - from);
  const body = /(?<![\p{L}'’-])((?:[Tt]he\s+)?)((?:government|administration)\s+of\s+(?:the\s+)?)$/u.exec(text.slice(from, place.end));
  if (!body?.[2]) return null;
  const start = place.end - body[2].length;
  const lead = text.slice(from, start - (body[1]?.length ?? 0)).trimEnd();
  if (lead !== '' && !/[,;:]$/.test(lead)) return null;
  const subject = reader.handleSource(block, start, named.end);
  return { ...subject, ref: { block, start: start - (body[1]?.length ?? 0), end: stop } };
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
  const owner = /['’]s\s+$/.exec(text.slice(Math.max(from, first.start - 4), first.start));
  const ownedBy = owner && reader.mentions.between(block, from, first.start).find((m) => m.entity.type !== 'person' && m.end === first.start - owner[0].length);
  const start = ownedBy?.start ?? first.start;
  const preposition = /\s+(?:of|from|at|with)\s+(?:the\s+)?$/.exec(text.slice(Math.max(from, start - 12), start));
  return preposition ? MEMBERS_BEFORE.exec(text.slice(from, start - preposition[0].length)) : null;
}

/** The first of the mentions of one type that "and" or commas join up to `named` ("the United Kingdom and the United States"). */
function firstConjunct(reader: SubjectReader, block: number, from: number, named: BlockMention): BlockMention {
  const text = reader.texts[block] ?? '';
  let first = named;
  for (;;) {
    const previous = reader.mentions.between(block, from, first.start).findLast((m) => m.end <= first.start);
    if (!previous || previous.entity.type !== named.entity.type || !/^(?:,\s*|,?\s+and\s+)(?:the\s+)?$/.test(text.slice(previous.end, first.start)))
      return first;
    first = previous;
  }
}
