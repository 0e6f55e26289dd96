import { LANGUAGE_TAG } from '../../languageTag';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import type { ColonCue } from './colonBlock';
import { leadInCue, namedAt, type LeadIn, type NamedWords } from './leadInCue';
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
export const namedExample = (cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null =>
  leadInCue(SET_OFF.test(sentence) ? SET_OFF_EXAMPLE : CLOSING_EXAMPLE, cues, block, sentence, sentenceStart);

/**
 * The one example named, a person or body the name pass read, else those words as a blog's title; null for a place, for
 * two examples, or when the sentence goes on to name another source.
 */
function example(cues: CueReader, named: NamedWords): Subject | null {
  if (/\s(?:and|or)\s|&/.test(named.words) || namesLaterSource(named.rest.replace(/^[^,]*/, ''))) return null;
  const subject = namedAt(cues, named);
  if (subject) return subject.entity?.type === 'place' ? null : subject;
  return cues.titledSource(named.block, named.start, named.end);
}

/** The example that closes the sentence carries its post's handle (group 2) or language tag (group 3). */
const taggedExample = (cues: CueReader, named: NamedWords): Subject | null => (named.found[2] || named.found[3] ? example(cues, named) : null);

/** The cue starts at the example's "like". */
const cueStart = (named: NamedWords): number => named.before.lastIndexOf('like');

const SET_OFF_EXAMPLE: LeadIn = { pattern: SET_OFF, speaker: example, cueStart };
const CLOSING_EXAMPLE: LeadIn = { pattern: CLOSING, speaker: taggedExample, cueStart };
