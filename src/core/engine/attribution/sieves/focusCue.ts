import type { SentenceRange } from '../../../sentences';
import type { Discourse } from '../coreference';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import type { ColonCue } from './colonBlock';
import { announcesList, showsMedia } from './namedLeadIn';
import { opensOnPersonalPronoun } from './pronounSubject';

/**
 * An introductory phrase set off by a comma before the subject, without quote marks: "In a statement released after the
 * attack, the United States Department of Defense justified the strike …:" (Wikinews, January 2020). AP style sets such
 * an opening phrase off by a comma; the clause's subject comes right after it.
 */
const OPENING_PHRASE = /^[^,;:"“”()]{1,100},\s+(?:the\s+)?$/iu;

/**
 * A lower-case verb form right before a name, perhaps with an article between: the name is that verb's object or the
 * subject of the clause it takes, not the sentence's subject. "Hafriz from Singapore thinks al-Zaidi should become
 * president of the world:" (Global Voices, "Southeast Asia: The shoe, the shoe", a fresh page) quotes Hafriz, whom no
 * name pass reads, never al-Zaidi; "Three goals guided the APN service pilot:" (usgov-usds-collective-motherhood-peer-
 * support-2024-06-18) sets off a list, never the words of the body the pilot is named for. Any verb before "that"
 * makes the name its clause's: "… did not like that Narine would have to be left out …:"
 * (gv-narine-kolkata-west-indies-cricket-2014-06-02) is never Narine's.
 */
const VERB_BEFORE = /\b\p{Ll}{2,}(?:(?:s|ed)(?:\s+(?:the|a|an))?|\s+that)\s+$/u;

/**
 * Whether the subject at `at` opens the sentence starting at `start`: within its first words, or after an opening
 * phrase, and not right after a verb (`VERB_BEFORE`) nor after a pronoun subject (`opensOnPersonalPronoun`).
 */
const opensSentence = (text: string, start: number, at: number) =>
  !opensOnPersonalPronoun(text.slice(start)) && (at <= start + 40 || OPENING_PHRASE.test(text.slice(start, at))) && !VERB_BEFORE.test(text.slice(start, at));

/**
 * The colon cue of the one the sentence is about (`discourse.sentenceSubject`) when it opens the sentence
 * (`opensSentence`): that person or body, named; a body a person's name owns ("The Biden campaign"), or unattributed
 * for any other thing of theirs. Null for a sentence that announces a list or shows media, or whose subject opens no
 * clause of it.
 */
export function focusCue(block: number, text: string, sentence: string, last: SentenceRange, cues: CueReader, discourse: Discourse): ColonCue | null {
  const focus = announcesList(sentence) || showsMedia(sentence) ? null : discourse.sentenceSubject(block, text, last);
  // "Kirmizigul's friends and professors started a blog to make his case known:": whose friends they are is not who
  // writes; the people the sentence opens with still set off a quotation, unattributed ("NASA's 2024 Spinoff features
  // …, including:" sets off the writer's own list).
  // "The Biden campaign recycled a statement it first put out in July:" (Wikinews, On the campaign trail in the USA,
  // September 2020): a person's name after "the" and before a common noun names whose campaign it is, as a possessive does.
  const owner = focus && (/^['’]s?\s/.test(text.slice(focus.at.end)) || (focus.entity.type === 'person' && namesModifier(text, focus.at.start, focus.at.end)));
  const opens = focus !== null && focus.at.block === block && opensSentence(text, last.start, focus.at.start);
  if (focus && owner && focus.entity.type === 'person' && opens) {
    // "The Biden campaign", "Biden's administration": the body the name owns speaks (`mentionSubject.ts`); any other
    // thing of theirs ("Kirmizigul's friends") stays unattributed.
    const body = cues.subjectAt(block, focus.at.start);
    const subject: Subject = body?.entity?.type === 'organization' ? body : { ref: focus.at, entity: null, resolution: 'unattributed', antecedent: null };
    return { subject, cue: { block, start: focus.at.start, end: last.end } };
  }
  if (focus && !owner && opens && focus.entity.type !== 'place') {
    const subject: Subject = { ref: focus.at, entity: focus.entity, resolution: 'name', antecedent: null };
    return { subject, cue: { block, start: focus.at.start, end: last.end } };
  }
  return null;
}

/** Whether the name at [start, end) stands between "the" and a common noun, as a modifier: "The Biden campaign". */
const namesModifier = (text: string, start: number, end: number) =>
  /\b[Tt]he\s+$/.test(text.slice(Math.max(0, start - 5), start)) && /^\s+\p{Ll}{3,}/u.test(text.slice(end));
