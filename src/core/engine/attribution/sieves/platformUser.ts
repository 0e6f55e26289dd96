import { LANGUAGE_TAG } from '../../languageTag';
import { ADVERBS } from '../../lexicon/adverbs';
import { POSTING_PLATFORMS } from '../../lexicon/postingPlatforms';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/** "Twitter user @Nabiwahighhill", "another Weibo user @lianyue": a platform's user named by their handle. */
const PLATFORM_USER = /\b(\p{Lu}[\p{L}]+)\s+user\s+(@\w{1,30})\b/gu;

/**
 * The writer a colon cue names as a platform's user by handle ("Another Twitter user @Nabiwahighhill compared those
 * monks to corrupted nobles:"), for the block quotation after it: the handle (a source of its own), never the platform
 * the sentence names first. Only when the sentence names exactly one such user; `sentence` starts at `sentenceStart`
 * of `block` (UTF-16 offsets). Global Voices introduces the posts it quotes so.
 */
export function platformUser(sentence: string, sentenceStart: number, block: number, cues: CueReader): Subject | null {
  const users = [...sentence.matchAll(PLATFORM_USER)].filter((m) => POSTING_PLATFORMS.has(m[1] ?? ''));
  const user = users.length === 1 ? users[0] : undefined;
  if (!user?.[2]) return screenNameUser(sentence, sentenceStart, block, cues);
  const start = sentenceStart + user.index + user[0].length - user[2].length;
  return cues.handleSource(block, start, start + user[2].length);
}

/**
 * "LJ user drugoi further condensed [ru]": a platform's user named by a screen name in lower case with no mark of its
 * own, then perhaps an adverb, then a verb in the past or present and the language tag of the link on it. Group 1 is
 * the platform, 2 the name, 3 the word between name and verb (if any).
 */
const SCREEN_NAME_USER = new RegExp(
  String.raw`\b(\p{Lu}\p{L}+)\s+user\s+(\p{Ll}[\p{L}\p{N}_.-]*[\p{L}\p{N}])\s+(?:(\p{Ll}+)\s+)?\p{Ll}{2,}(?:ed|s)\s+${LANGUAGE_TAG}`,
  'gu',
);

/** Whether a lower-case word is an adverb (or an auxiliary) rather than a name: "also", "angrily". */
export const isAdverbWord = (word: string): boolean => ADVERBS.has(word) || /ly$/.test(word);

/**
 * `LJ user drugoi further condensed [ru] the causes of Sunday's events:`, `Russian LJ user gyperbol provided [ru]
 * readers with a detailed city map …:` (gv-russia-open-hostility-putin-inauguration-2012-05-08): the user a colon cue
 * names by a lower-case screen name after a platform's "user" is who the block after it is by, as written (the guide's
 * "Comments under a user name"), never the platform's name the name pass reads as a body. The link's tag on the verb
 * right after the name tells a name from a word ("One Twitter user angrily wrote:" has no name); only when the sentence
 * names exactly one such user.
 */
function screenNameUser(sentence: string, sentenceStart: number, block: number, cues: CueReader): Subject | null {
  const users = [...sentence.matchAll(SCREEN_NAME_USER)].filter(
    (m) => POSTING_PLATFORMS.has(m[1] ?? '') && !isAdverbWord(m[2] ?? '') && (m[3] === undefined || isAdverbWord(m[3])),
  );
  const user = users.length === 1 ? users[0] : undefined;
  if (!user?.[2]) return null;
  const start = sentenceStart + user.index + user[0].indexOf(user[2], user[0].indexOf(' user ') + 6);
  return cues.handleSource(block, start, start + user[2].length);
}

/**
 * "Net user ID:Doctor K  wrote [ko]:", "Net user ID:진보는없다 adviced [ko] the show …:": a user named by the label of a
 * forum's user name, the name running to the first word in lower case (or a language tag or parenthesis).
 */
const LABELLED_USER = /\buser\s+(?:ID|name)\s*:\s*((?:(?![\p{Ll}[(])[^\s,;:"“”]+)(?:\s+(?![\p{Ll}[(])[^\s,;:"“”]+)*)/gu;

/**
 * The user a colon cue names by a user-name label ("Net user ID:Doctor K  wrote [ko]:"), for the block quotation
 * after it: the name after the label, as written, a source of its own as a handle is (a screen name, no
 * person's name: the guide's `notPeople`); never the label ("ID") the name pass may have
 * taken for an organisation. Only when the sentence names exactly one such user; `sentence` starts at `sentenceStart`
 * of `block` (UTF-16 offsets). Global Voices quotes forum users (Daum Agora) so.
 */
export function labelledUser(sentence: string, sentenceStart: number, block: number, cues: CueReader): Subject | null {
  const users = [...sentence.matchAll(LABELLED_USER)];
  const user = users.length === 1 ? users[0] : undefined;
  if (!user?.[1]) return null;
  const start = sentenceStart + user.index + user[0].length - user[1].length;
  return cues.handleSource(block, start, start + user[1].length);
}
