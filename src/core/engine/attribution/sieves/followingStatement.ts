import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';
import { passiveCue } from './colonVerbCue';

/** "The following is a statement from NASA Administrator Bill Nelson on ….": it introduces the quotation as a colon does. */
const FOLLOWING_STATEMENT = /\b(?:following (?:is a |joint )?statement|issued (?:the following|this) statement|the following remarks)\b/i;

/** Where a colon sentence announces a statement (`FOLLOWING_STATEMENT`) in `sentence`, or null when it does not. */
export const followingStatement = (sentence: string): RegExpExecArray | null => FOLLOWING_STATEMENT.exec(sentence);

/**
 * The colon cue of a sentence that announces a statement (`followingStatement`, matched as `statement`) from someone
 * named after "from"; null when the sentence holds quote marks or names no one there. `sentence` starts at
 * `sentenceStart` of `block`.
 */
export function statementFrom(cues: CueReader, block: number, sentence: string, sentenceStart: number, statement: RegExpExecArray): ColonCue | null {
  if (/["“”]/.test(sentence)) return null;
  const from = /\bfrom\s+/i.exec(sentence.slice(statement.index));
  const subject = from ? cues.subjectAt(block, sentenceStart + statement.index + from.index + from[0].length) : null;
  return subject ? { subject, cue: { block, start: sentenceStart, end: subject.ref.end } } : null;
}

/**
 * "The president of the University of the Philippines issued this statement after hackers defaced the university
 * website:" (Global Voices, Philippines, May 2012): a statement issued by someone the text describes but names no
 * entity for is still set off by its colon, unattributed (the guide's "Statements" entry); the cue is the announcing
 * words `statement` (from `followingStatement`). Null when the sentence holds quote marks or announces no statement.
 */
export const describedStatement = (block: number, sentence: string, sentenceStart: number, statement: RegExpExecArray | null): ColonCue | null =>
  statement && !/["“”]/.test(sentence) ? passiveCue(block, sentenceStart + statement.index, statement[0].length) : null;
