import { LANGUAGE_TAG } from '../../languageTag';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import type { ColonCue } from './colonBlock';
import { namesLaterSource } from './laterSource';

/** A subject that speaks for an indefinite part of a group: "Some", "Others", "Many people", "Certain blogs". */
const SOME = String.raw`\b(?:[Ss]ome|[Oo]thers|[Mm]any|[Ss]everal|[Cc]ertain|[Mm]ost|[Aa]\s+few)\b`;

/** The one example's name (no comma, no second name joined to it), then its handle and its link's language tag. */
const EXAMPLE = String.raw`like\s+([@\p{Lu}][^,:;"“”()[\]]{0,60}?)(\s*\(@[\p{L}\p{N}_]+\))?(\s*${LANGUAGE_TAG})?`;

/** `Some, like Anahit Markosian, called for his resignation …:`: the example set off between the group and its verb. */
const SET_OFF = new RegExp(String.raw`${SOME}(?:\s+[^\s,:;"“”]+){0,4},\s+${EXAMPLE},\s+\p{Ll}[^:;"“”]*:\s*$`, 'du');

/** `Others even think that his injury was a product of karma, like Itzel Chavez (@itzelch_07) [es]:`: the example closes it. */
const CLOSING = new RegExp(String.raw`${SOME}[^:;"“”]*?,\s+${EXAMPLE}\s*:\s*$`, 'du');

/**
 * `Some, like Anahit Markosian, called for his resignation on the Armenian Environmental Network Facebook group page:`
 * (Global Voices, Armenia), `Certain blogs, like Hic Sunt Leones [ca], explain the history:` (Global Voices, Spain),
 * `Many people, like Alexander Da Silva (@Adasilva507) [es], refuse to believe …:` and `Others even think …, like Itzel
 * Chavez (@itzelch_07) [es]:` (Global Voices, Panama), `… some questioned President Calderón, like Alessia Corcuera
 * (@top_roping_ale) [es]:` (Global Voices, Mexico; all May 2012, fresh posts): a colon sentence that gives a group's view
 * ("some", "others", "many") and names one of them as its example with "like" sets off the example's own post, the one
 * the writer links (Global Voices quotes a post per example). The example closing the sentence must carry the post's
 * handle or language tag; one set off by commas may carry neither. The example is a person or body the name pass read,
 * or, when it read nothing there, the capitalised words as a blog's title. Null when no such example is named, or when
 * two are ("like X and Y": either may have written the post), and the caller reads the sentence as before. `sentence`
 * starts at `sentenceStart` of `block`.
 */
export function namedExample(cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null {
  const setOff = SET_OFF.exec(sentence);
  const closing = setOff ? null : CLOSING.exec(sentence);
  const found = setOff ?? closing;
  const span = found?.indices?.[1];
  if (!found || !span || (closing && !found[2] && !found[3])) return null;
  const name = sentence.slice(span[0], span[1]);
  if (/\s(?:and|or)\s|&/.test(name) || namesLaterSource(sentence.slice(span[1]).replace(/^[^,]*/, ''))) return null;
  const subject = exampleSubject(cues, block, sentenceStart + span[0], sentenceStart + span[1]);
  return subject && { subject, cue: { block, start: sentenceStart + sentence.lastIndexOf('like', span[0]), end: subject.ref.end } };
}

/** The person or body named at [start, end) of `block`, else those words as a blog's title; null for a place. */
function exampleSubject(cues: CueReader, block: number, start: number, end: number): Subject | null {
  const named = cues.subjectAt(block, start);
  if (named?.entity && named.resolution === 'name' && named.ref.end === end) return named.entity.type === 'place' ? null : named;
  return cues.titledSource(block, start, end);
}
