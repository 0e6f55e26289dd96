import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';

/** The participles of posting after which a text may give the name a poster goes by. */
const POSTING = /^(?:posting|writing|commenting|tweeting|blogging)$/i;

/** "under the name James": the name (group 1), one or two capitalised words, a screen name's digits and underscores too. */
const UNDER_NAME =
  /^\s+(?:under|as)\s+the\s+(?:name|pseudonym|nickname|handle|username)\s+(\p{Lu}[\p{L}\p{N}'’_-]*(?:\s+\p{Lu}[\p{L}\p{N}'’_-]*)?)(?![\p{L}\p{N}])/u;

/**
 * `In Great Britain, a commenter posting under the name James reacted to the fact that Cameron, Merkel, and Sarkozy
 * declared the failure of multiculturalism in Europe:` (gv-europe-crisis-anti-immigration-politics-2012-05-10): a
 * poster the text knows only by the name they post under, given after a participle of posting (docs/annotation-guide.md,
 * "Comments under a user name"). The block after the colon is that name's, a person of its own, never a name in the
 * clause the sentence goes on to report ("Sarkozy declared"). `verb` is the participle's match in `sentence`, which
 * starts at `sentenceStart` of block `block` (UTF-16 offsets); the cue runs from the participle to the name's end. Null
 * for any other verb or when no name follows it.
 */
export function postingUnderName(cues: CueReader, block: number, sentence: string, sentenceStart: number, verb: RegExpMatchArray): ColonCue | null {
  if (!POSTING.test(verb[0]) || verb.index === undefined) return null;
  const after = verb.index + verb[0].length;
  const named = UNDER_NAME.exec(sentence.slice(after));
  if (!named?.[1]) return null;
  const start = sentenceStart + after + named[0].length - named[1].length;
  const subject = cues.handleSource(block, start, start + named[1].length, 'person');
  return { subject, cue: { block, start: sentenceStart + verb.index, end: start + named[1].length } };
}
