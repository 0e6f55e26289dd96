import { LANGUAGE_TAG } from '../../languageTag';
import type { CueReader } from '../subjects';
import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { WRITTEN_WORKS } from '../../lexicon/writtenWorks';
import type { ColonCue } from './colonBlock';

/**
 * "according to" opening the sentence or set off by a comma at the end of its clause; a WordPress export may keep the
 * editor's doubled or no-break spaces between the words (Global Voices draft post 314842).
 */
const ACCORDING = /(?:^|,\s*)according\s+to\s+/i;
const EVERY_ACCORDING = new RegExp(ACCORDING.source, 'gi');

/**
 * What the source's kind may be called after its name: "the Inter Press Service (IPS) agency", "the CEADESC [es] blog".
 */
const KIND = String.raw`(?:(?:agency|blog|website|site|page|newspaper)\s*)?`;

/** What may follow the source up to the colon: its abbreviation, a language tag, its handle in parentheses, its kind. */
const SOURCE_TAIL = new RegExp(String.raw`^\s*(?:\(\p{Lu}{2,8}\)\s*)?(?:${LANGUAGE_TAG}\s*)?(?:\(@[\p{L}\p{N}_]+\)\s*)?${KIND}:\s*$`, 'u');

/**
 * A piece of writing named before its source: "the article by ", "a synopsis on ". Group 1 is the noun, which must name
 * a document or a written work.
 */
const PIECE_BY = /^(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:by|from|on)\s+/u;

/**
 * The source's piece of writing named by a possessive up to the colon: `'s report from Wired Taiwan [zh]:`, `'s latest blog
 * post:`. Group 1 is the noun, which must name a document or a written work; the place it is from or on is a name's
 * capitalised words.
 */
const POSSESSED_PIECE = new RegExp(
  String.raw`^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)(?:\s+(?:from|on|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*){0,4})?\s*(?:${LANGUAGE_TAG}\s*)?${KIND}:\s*$`,
  'u',
);

const isPiece = (noun: string) => DOCUMENT_NOUNS.has(noun) || WRITTEN_WORKS.has(noun);

/** Whether the words after the source, up to the colon, are only its tail or the piece of its writing the sentence credits. */
function endsAtSource(rest: string): boolean {
  const piece = POSSESSED_PIECE.exec(rest)?.[1];
  return SOURCE_TAIL.test(rest) || (piece !== undefined && isPiece(piece));
}

/**
 * `At some point along the way, local police detained a group of six cyclists, according to Mónica Tapia A. [es]
 * (@monicatapiaa):` (Global Voices, development half): a colon sentence that ends by crediting what it says to a source
 * named right before the colon (a language tag and a handle allowed between) sets off that source's words, as
 * `According to the newspaper Clarin [es]:` does; so does one crediting a piece of the source's writing (`…, according to
 * Jessie Tai's report from Wired Taiwan:`, gv-taiwan-tao-nuclear-nightmare-2012-05-11: Jessie Tai speaks; `According to
 * researcher Gustavo Soto's post on the CEADESC [es] blog:`, Global Voices, Bolivia, May 2012, a fresh post), and one
 * crediting a piece of writing by or on the source (`According to the article by the Inter Press Service (IPS) agency:`,
 * gv-cuba-bloggers-meeting-controversy-2012-05-05; `According to a synopsis on Engage Media:`, a Global Voices draft of
 * May 2012). `sentence` starts at `sentenceStart` of `block`; null when "according to" is not the sentence's last phrase
 * or names no one.
 */
export function accordingColon(cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null {
  // Most colon sentences credit no one: one test spares them the list of matches.
  const according = ACCORDING.test(sentence) ? [...sentence.matchAll(EVERY_ACCORDING)].at(-1) : undefined;
  if (!according) return null;
  const from = sentenceStart + according.index + according[0].length;
  // "According to the article by the Inter Press Service (IPS) agency:" credits the agency, as its article's author.
  const piece = PIECE_BY.exec(sentence.slice(from - sentenceStart));
  const subject = cues.subjectAt(block, piece?.[1] && isPiece(piece[1]) ? from + piece[0].length : from);
  if (!subject?.entity || subject.entity.type === 'place') return null;
  const end = subject.ref.end - sentenceStart;
  if (end <= 0 || !endsAtSource(sentence.slice(end))) return null;
  const start = sentenceStart + according.index + (according[0].startsWith(',') ? according[0].search(/according/i) : 0);
  return { subject, cue: { block, start, end: subject.ref.end } };
}

/**
 * ", according to this report:" closing a colon sentence: a determiner and lower-case words only, up to the colon, with
 * no quote mark. Group 1 is "according to" and the phrase.
 */
const ACCORDING_UNNAMED = /,\s*(according\s+to\s+(?:this|that|the|a|an|these|those|one|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s*:\s*$/u;

/**
 * `Land reform discussions are in progress, according to this report:` (Global Voices, Africa, May 2012): a colon
 * sentence crediting what follows to a piece of writing it names only by a common noun (`this report`, `a recent
 * study`) sets off that writing's words, which no one the text names speaks, least of all the sentence's own subject
 * ("Land …"). An unattributed colon cue, the cue "according to …"; null for a sentence that does not end so (a name after
 * "according to" is `accordingColon`'s). `sentence` starts at `sentenceStart` of `block`.
 */
export function unnamedAccording(block: number, sentence: string, sentenceStart: number): ColonCue | null {
  if (/["“”]/.test(sentence)) return null;
  const according = ACCORDING_UNNAMED.exec(sentence);
  if (!according?.[1]) return null;
  const start = sentenceStart + according.index + according[0].indexOf(according[1]);
  const ref = { block, start, end: start + according[1].length };
  return { subject: { ref, entity: null, resolution: 'unattributed', antecedent: null }, cue: ref };
}
