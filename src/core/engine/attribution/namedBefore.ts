import { THING_NOUNS } from '../lexicon/thingNouns';
import { afterSentenceEnd } from '../textBefore';
import { subtitledTitle } from './handleSubject';
import { unclosedAppositive } from './unclosedAppositive';
import { personFromPerson } from './personWritesAt';
import type { BlockMention } from './mentions';
import { governedName } from './governedName';
import { beforePlace } from './placePreposition';
import { relationBefore } from './relationBefore';
import { rolePrefixedName } from './rolePrefixedName';
import { sightBefore } from './sightOf';
import { agentBefore } from './agentBefore';
import { postedOn } from './postedOn';
import { tiedName } from './tiedName';
import { documentOwner } from './documentOwner';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';
import { someMembers } from './someMembers';
import { personOfOrganisation, firstConjunct } from './personOfOrganisation';
import { writerOnBlog } from './writerOnBlog';
import { mediumBefore } from './mediumAfterSubject';

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

/**
 * The speaker when the speaker words before a cue verb end with a mention: the person of an organisation or place
 * (`personOfOrganisation.ts`); the sender of a message, not whom it is to (`An email from Burkhardt & Associates to James Roche advises`, `A
 * CAA letter to PIA expressed`, wikinews-pia-sacrifices-goat-resumes-atr-flights-2016-12-14);
 * the document, not who saw or published it (`A leaked internal letter seen by Sky News says`); nobody for a place a
 * preposition governs (`blogger from Uganda`) and for a look or a picture of someone (`the views of Jupiter reveals`); else
 * the mention itself. Null when the words name no speaker.
 */
export function namedSpeakerBefore(reader: SubjectReader, at: NamedEnding): Subject | null {
  const { block, from, stop, named } = at;
  const text = reader.texts[block] ?? '';
  // "Unzipped: Gay Armenia likens …": a blog's title and subtitle opening the sentence speak as written.
  if (afterSentenceEnd(text, from) && subtitledTitle(text, block, from, named, reader.mentions)) return reader.handleSource(block, from, named.end);
  // "One MP told the BBC", "Another Apprentice said": a name after "one" or "a" is a common noun for one person of that kind, unnamed.
  const one = ONE_OF_KIND.exec(text.slice(Math.max(from, named.start - 9), named.start));
  if (one && !rolePrefixedName(text, named)) {
    const ref = { block, start: named.start - one[0].length, end: stop };
    const person = unclosedAppositive(reader, block, from, ref.start);
    if (person) return person;
    const entity = reader.unnamedSource(ref);
    return { ref, entity, resolution: entity ? 'name' : 'unattributed', antecedent: null };
  }
  // "Abdiweli Mohamed Ali in an interview with the BBC said": the outlet the medium was with is no speaker; its subject is.
  const medium = mediumBefore(text.slice(from, named.start));
  if (medium >= 0)
    return (
      reader.subjectBefore(block, from + medium, from) ?? {
        ref: { block, start: named.start, end: stop },
        entity: null,
        resolution: 'unattributed',
        antecedent: null,
      }
    );
  const members = someMembers(text, from, named);
  if (members !== null) return { ref: { block, start: members, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
  const relation = named.entity.type === 'person' ? relationBefore(text, from, named.start) : null;
  if (relation !== null) {
    const ref = { block, start: relation, end: stop };
    const entity = reader.unnamedSource(ref);
    return { ref, entity, resolution: entity ? 'name' : 'unattributed', antecedent: null };
  }
  if (sightBefore(text.slice(from, named.start))) return null;
  const posted = named.entity.type === 'person' ? null : postedOn(text, from, named.start);
  if (posted)
    return reader.documentSource(block, posted.start, posted.end) ?? { ref: { block, ...posted }, entity: null, resolution: 'unattributed', antecedent: null };
  const object = named.entity.type === 'person' ? governedName(text, from, named, at.end) : tiedName(text, from, named.start);
  const governed = agentBefore(text.slice(from, named.start)) ? from : object;
  if (governed !== null) return { ref: { block, start: governed, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
  if (named.entity.type !== 'person') {
    const member = personOfOrganisation(reader, at);
    if (member !== undefined) return member;
    const writer = writerOnBlog(reader, at);
    if (writer) return writer;
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
