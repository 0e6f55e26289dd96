import type { EntityIndex } from '../entities/types';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { bracketedReferent } from './bracketedReferent';
import type { Discourse } from './coreference';
import { glossedOrganizationBefore } from './glossedOrganization';
import { groupInBody } from './groupSubjects';
import { PLACE_MINISTRY } from './mentionSubject';
import { nameAsWrittenBefore } from './nameAsWritten';
import { namedSpeakerBefore } from './namedBefore';
import { namedInAppositive } from './namedInAppositive';
import { namedPairAfterPlural } from './namedPairAfterPlural';
import { relativeSubject } from './relativeSubject';
import { glossedRoleSubject } from './rolePhrase';
import { roleHolderInAppositive } from './roleHolderAppositive';
import { speakerWords } from './speakerWords';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';
import { unnamedSubjectBefore } from './unnamedSpeaker';

/**
 * The subtitle an organisation's name may carry after a colon, in title case: ": Research and Education" in "Center for
 * Microbial Oceanography: Research and Education" — up to six words, the small ones in lower case, the last capitalised.
 */
const ORG_SUBTITLE = /^:\s\p{Lu}[\p{L}'’-]*(?:\s(?:(?:and|of|for|the|in|on|&)\s)*\p{Lu}[\p{L}'’-]*){0,5}$/u;

/**
 * A participle set off after the subject with the people it acts on, right before the verb: ", addressing "No" campaign
 * workers" of `Alistair Darling, leader of the pro-union Better Together campaign, addressing "No" campaign workers said
 * "…"` (a fresh Wikinews page, session 49). The people, a plural in lower case, are the participle's object, not the
 * verb's subject.
 */
const ADDRESSED_PLURAL = /,\s+(\p{Ll}+ing)\s+(?:["“][^"”]{1,30}["”]\s+)?(?:[\p{Ll}-]+\s+){0,3}\p{Ll}{3,}s\s*$/u;

/** Where the comma before such a participle stands in `before` (the words before a verb), or -1 (`ADDRESSED_PLURAL`). */
function addressedPlural(before: string): number {
  const found = ADDRESSED_PLURAL.exec(before);
  return found?.[1] && !isSpeechVerb(found[1]) ? found.index : -1;
}

/**
 * "such as", then list items, then ", " or "and" (and "the") right before a name: the list's last example. Not
 * "including", whose members are part of the group that speaks ("Members of the KP Provincial Assembly … including
 * Inayatullah Khan, … and Muhammad Ali Shah expressed …", wikinews-pakistani-president-signs-bill-merge-fata-khyber-
 * pakhtunkhwa-2018-06-01).
 */
const EXAMPLES_BEFORE = /\bsuch\s+as\s+[^;:"“”.]*?(?:,\s+|\s+and\s+)(?:the\s+)?$/i;

/** A preposition (and "the") right before a name: the name is its object. */
const PREPOSITION_BEFORE = /\b(?:in|off|at|near|across|over|around|into|outside|inside)\s+(?:the\s+)?$/i;

/**
 * The person named where the sentence opens, set off by a comma before a description opening on an article ("Abdulla
 * Rasheed, a captain of …"), with no other person before `end`; null when the sentence opens otherwise.
 */
function appositiveHeadOf(reader: SubjectReader, block: number, sentenceStart: number, end: number): Subject | null {
  const text = reader.texts[block] ?? '';
  const people = reader.mentions.between(block, sentenceStart, end).filter((m) => m.start >= sentenceStart && m.entity.type === 'person');
  const head = people[0];
  if (!head || people.some((m) => m.entity !== head.entity) || !/^\s*$/.test(text.slice(sentenceStart, head.start))) return null;
  if (!/^,\s+(?:a|an|the)\s/i.test(text.slice(head.end, head.end + 6))) return null;
  const subject = reader.subjectAt(block, head.start);
  return subject?.entity === head.entity && subject.resolution === 'name' ? subject : null;
}

/** An aside between a pair of dashes (em or en, or a spaced hyphen) right before the verb, with no quote mark in it. */
const DASH_ASIDE = /\s+(?:[—–]|-(?=\s))\s*[^—–"“”]{1,150}?\s*(?:[—–]|(?<=\s)-)\s*$/u;

/** How far back from a verb or a quote mark the speaker words may begin, in UTF-16 code units. */
export const LOOK_BACK = 240;

/**
 * The speaker words that end right before `end` (UTF-16 offset in block `block`), allowing adverbs, times and an
 * appositive between them and the verb: a group in a body, a name and what the words before it make of it, a country's
 * ministry, a role that glosses a name, or an unnamed source (`unnamedSpeaker.ts`); null when the words hold no speaker,
 * or only a misread name. The cue subject reader's (`subjects.ts`) own reading, which it lends the smaller readers as
 * `SubjectReader.subjectBefore`; `known` is the article's entities and discourse. `sentenceStart` bounds the look back.
 */
export function subjectEndingAt(
  reader: SubjectReader,
  known: { index: EntityIndex; discourse: Discourse },
  block: number,
  end: number,
  sentenceStart: number,
): Subject | null {
  const text = reader.texts[block] ?? '';
  // "Gaddafi — in hiding since the NATO attacks on Libya in June — said …" (a fresh Wikinews page, August 2011): an
  // aside set off by a pair of dashes stands between the subject and its verb; the subject ends where the aside opens.
  // "One visitor to Atlantic City, New Jersey — Matt Jenkins — told the press" (wikinews-beachside-photos-new-jersey-
  // governor-draw-criticism-2017-07-03): dashes around a name alone set off the subject's name, which is read as it is.
  const aside = DASH_ASIDE.exec(text.slice(Math.max(sentenceStart, end - LOOK_BACK), end));
  const asideStart = end - (aside?.[0].length ?? 0);
  const nameAside =
    aside &&
    reader.mentions
      .between(block, asideStart, end)
      .some((m) => m.entity.type === 'person' && /^\s*[—–-]\s*$/.test(text.slice(asideStart, m.start)) && /^\s*[—–-]\s*$/.test(text.slice(m.end, end)));
  if (aside && aside.index > 0 && !nameAside) return subjectEndingAt(reader, known, block, asideStart, sentenceStart);
  const relative = relativeSubject(text, end, sentenceStart, (before) => reader.subjectBefore(block, before, sentenceStart));
  if (relative) return relative;
  // Speaker words sit right before their verb: look back a bounded stretch, whatever the sentence's length.
  const from = Math.max(sentenceStart, end - LOOK_BACK);
  const addressed = addressedPlural(text.slice(from, end));
  // The subject is the person named before the participle's comma, perhaps with an appositive of their own between.
  const comma = from + addressed;
  const person =
    addressed >= 0
      ? reader.mentions
          .between(block, sentenceStart, comma)
          .findLast((m) => m.entity.type === 'person' && m.start >= sentenceStart && /^(?:,\s+[^,;:"“”]{1,80})?$/u.test(text.slice(m.end, comma)))
      : undefined;
  if (person) return reader.subjectAt(block, person.start);
  const written = nameAsWrittenBefore(reader, block, from, end);
  if (written) return written;
  const words = speakerWords(text, block, from, end, reader.mentions);
  // "and he [Bob Yang] said": the editor's bracket names whom the pronoun means.
  const glossed = bracketedReferent(reader, block, from, words.stop);
  if (glossed) return glossed;
  // "…, sources in the civic organization said", "researchers from … the College of Wooster in Ohio reported": the
  // group speaks, unnamed, not the body it is in or from.
  const group = groupInBody(words.before, from === sentenceStart);
  if (group !== null) return { ref: { block, start: from + group, end: words.stop }, entity: null, resolution: 'unattributed', antecedent: null };
  const pair = words.appositive ? namedPairAfterPlural(words.before) : null;
  if (pair !== null) return { ref: { block, start: from, end: from + pair }, entity: null, resolution: 'unattributed', antecedent: null };
  // The nearest entity mention that ends where the speaker words must end, or an organisation's whose subtitle after a
  // colon the name pass left out ("Sam Wilson of UH Mānoa's Center for Microbial Oceanography: Research and Education
  // (C-MORE) said", wikinews-phytoplankton-bloom-after-kilauea-eruption-2019-09-08).
  const named =
    reader.mentions.between(block, from, words.stop).find((m) => m.end === words.stop && m.start >= from) ??
    reader.mentions
      .between(block, from, words.stop)
      .find((m) => m.start >= from && m.entity.type === 'organization' && ORG_SUBTITLE.test(text.slice(m.end, words.stop)));
  // "Judge Durham Hall QC said": letters such as QC close only a person's name, so a place or a body read there is a
  // misread name, and no speaker is safer than a wrong one.
  if (words.postNominal && named?.entity.type !== 'person') return null;
  // "Karen St. Germain, director, Earth Science Division, Science Mission Directorate, said" with the name not read:
  // the unit after someone's title is no speaker (U.S. military and government style).
  if (words.titleAndUnits && named?.entity.type !== 'person') return null;
  const holder = named && words.appositive ? roleHolderInAppositive(reader, block, from, words.stop, end) : null;
  if (holder) return holder;
  if (named && words.appositive && named.entity.type !== 'person' && namedInAppositive(text, block, words.stop, end, reader.mentions))
    return { ref: { block, start: named.start, end }, entity: null, resolution: 'unattributed', antecedent: null };
  // "Abdulla Rasheed, a captain of a cargo boat which recently capsized in the waters off the Maldives stated, "…"" (a
  // fresh Wikinews page, August 2015): a place a preposition takes is where something happened, never who speaks; the
  // person the sentence opens on, set off before an unclosed appositive, is, or the person the other readers find ("But
  // Dr. Natasha Batalha, an astronomer at NASA Ames says …", usgov-nasa).
  // "Political figures, … including leaders of major political parties such as Fianna Fáil, …, Sinn Féin and the Social
  // Democratic Labour Party have condemned the violence" (a fresh Wikinews page, February 2006): the last example of a
  // list that "such as" brings in is no subject; the group it exemplifies speaks, unnamed.
  if (named && EXAMPLES_BEFORE.test(text.slice(Math.max(sentenceStart, named.start - 200), named.start)))
    return { ref: { block, start: named.start, end: words.stop }, entity: null, resolution: 'unattributed', antecedent: null };
  const spoken = () => (named ? namedSpeakerBefore(reader, { block, from, end, stop: words.stop, named, appositive: words.appositive }) : null);
  if (named?.entity.type === 'place' && PREPOSITION_BEFORE.test(text.slice(Math.max(sentenceStart, named.start - 20), named.start))) {
    const person = appositiveHeadOf(reader, block, sentenceStart, named.start) ?? spoken();
    return person?.entity?.type === 'person' ? person : null;
  }
  if (named) return spoken();
  // "Russia's defense ministry has denied …": the words end in the country's ministry, which speaks as it does after
  // the verb ("said Malaysia's transport ministry", `mentionSubject.ts`).
  const country = reader.mentions
    .between(block, from, words.stop)
    .find((m) => m.start >= from && m.entity.type === 'place' && PLACE_MINISTRY.exec(text.slice(m.end, words.stop))?.[0].length === words.stop - m.end);
  if (country) return reader.subjectAt(block, country.start);
  const kindGlossed = glossedOrganizationBefore(reader, known.index, block, from, words.stop);
  if (kindGlossed) return kindGlossed;
  return glossedRoleSubject(reader, block, from, words.stop) ?? unnamedSubjectBefore(reader, known, block, from, words);
}
