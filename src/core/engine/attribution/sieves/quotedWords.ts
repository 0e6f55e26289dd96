import type { FoundEntity } from '../../entities/types';
import { firstNameGender } from '../../lexicon/firstNames';
import { PREPOSITION_RIGHT_BEFORE } from '../clauseSubject';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/**
 * A quoting verb whose object is someone's words, closing a colon cue: "… and quoted her words:", "quoting Benjamin's
 * statement:". Group 1 is a possessive pronoun, group 2 a capitalised possessor; "her own words" are the subject's.
 */
const QUOTED_WORDS =
  /\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?:(his|her)|(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})['’]s?)\s+(?!own\b)(?:\p{Ll}+\s+)?(?:words|statement|remarks|comments|speech|message|tweet|post|letter)\s*:\s*$/du;

/** The words of a colon cue that tell whose words it sets off, and who that is (unattributed when the text does not say). */
export interface QuotedWords {
  subject: Subject;
  /** From the quoting verb to the colon, UTF-16 half-open in the block. */
  cue: { start: number; end: number };
}

/**
 * `Yemeni blogger Afrah Nasser commended Medea Benjamin's courage and quoted her words:` (Global Voices, Yemen, May
 * 2012): a colon cue whose quoting verb takes someone's words as its object sets off those words, so their owner speaks,
 * not the one who quotes them (docs/annotation-guide.md, "A quote inside a quote": the words are the inner speaker's). A
 * possessor's name is read as a subject; a his/her is someone other than the quoting clause's subject (one's own words
 * would be "her own words"), so it is the one person the sentence names before it besides that subject, who agrees in
 * gender. Unattributed when none or several do: no speaker is safer than a guess. `sentence` starts at `sentenceStart`
 * of `block`; null when it does not end in such words.
 */
export function quotedWords(cues: CueReader, block: number, sentence: string, sentenceStart: number): QuotedWords | null {
  const quoted = QUOTED_WORDS.exec(sentence);
  const owner = quoted?.indices?.[1] ?? quoted?.indices?.[2];
  if (!quoted || !owner) return null;
  const cue = { start: sentenceStart + quoted.index, end: sentenceStart + sentence.replace(/\s*:\s*$/, '').length };
  const ref = { block, start: sentenceStart + owner[0], end: sentenceStart + owner[1] };
  const named = quoted[2] ? cues.subjectAt(block, ref.start) : null;
  if (named?.entity?.type === 'person') return { subject: named, cue };
  const referent = quoted[1] ? ownerBefore(cues, block, sentenceStart, cue.start, quoted[1]) : null;
  const subject: Subject = referent
    ? { ref, entity: referent.entity, resolution: 'pronoun', antecedent: referent.at }
    : { ref, entity: null, resolution: 'unattributed', antecedent: null };
  return { subject, cue };
}

/**
 * The one person named in [start, end) of the block, past the clause's subject (the first person named there with no
 * preposition before), whom a his/her can stand for; null when none or more than one.
 */
function ownerBefore(cues: CueReader, block: number, start: number, end: number, pronoun: string) {
  const text = cues.texts[block] ?? '';
  const gender = pronoun.toLowerCase() === 'her' ? 'female' : 'male';
  const agrees = (entity: FoundEntity) => (cues.genderOf(entity) ?? firstNameGender(entity.name.split(/\s+/)[0] ?? '') ?? gender) === gender;
  const people = cues.mentions.between(block, start, end).filter((m) => m.start >= start && m.end <= end && m.entity.type === 'person');
  const subject = people.find((m) => !PREPOSITION_RIGHT_BEFORE.test(text.slice(Math.max(start, m.start - 20), m.start)))?.entity;
  const others = [...new Set(people.map((m) => m.entity))].filter((e) => e !== subject && agrees(e));
  const only = others.length === 1 ? others[0] : undefined;
  const at = only && people.findLast((m) => m.entity === only);
  return only && at ? { entity: only, at: { block, start: at.start, end: at.end } } : null;
}
