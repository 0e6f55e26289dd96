import { LANGUAGE_TAG } from '../../languageTag';
import type { CueReader } from '../subjects';
import type { SentenceRange } from '../../../sentences';
import type { Subject } from '../types';
import type { ColonCue } from './colonBlock';

/** The language tag Global Voices links a source's post with (`[zh]`, `[es/ca]`), and the space or comma after it. */
const TAG = String.raw`${LANGUAGE_TAG},?\s+(?:also\s+|too\s+)?`;

/** A tag, then a verb of state and the state's first word: "[zh] is worried how", "[zh] is optimistic about". */
const TAG_THEN_STATE = new RegExp(
  String.raw`\s(${TAG})(?:is|was|are|were|seems|seemed|remains|remained|appears|appeared|sounds|sounded)\s+(?:(?:also|not|so|more|less|very|quite|rather|deeply|equally)\s+)?\p{Ll}`,
  'u',
);

/** A user name written in lower case where a sentence opens, then its tag: ". bluesystem [zh] ". */
const LOWER_CASE_USER = new RegExp(String.raw`(?:^|[.!?]\s+)(\p{Ll}[\p{L}\p{N}_.-]{2,30})\s+${TAG}$`, 'u');

/**
 * `Nevertheless, not everyone is so optimistic about the nuclear-free development in Japan. bluesystem [zh] is worried
 * how far Japan can go after shutting down all their nuclear power plants:` (Global Voices, Taiwan, May 2012): a user
 * name opening a sentence in lower case, as its owner writes it, then the tag that links the user's post, is the
 * source the colon cue sets off; the sentence splitter does not end a sentence before a lower-case word, so the name
 * is looked for after any full stop of `before`. `before` is the colon sentence's text up to its verb, from
 * `sentenceStart` of `block` (UTF-16 offsets); null when no such name stands there.
 */
export function lowerCaseUser(cues: CueReader, block: number, sentenceStart: number, before: string): Subject | null {
  const user = LOWER_CASE_USER.exec(before);
  if (!user?.[1]) return null;
  const start = sentenceStart + user.index + user[0].length - user[0].replace(/^[.!?]?\s*/, '').length;
  return cues.handleSource(block, start, start + user[1].length);
}

/**
 * `The Taiwan Environmental Protection Union [zh] is optimistic about the nuclear-free movement in Japan, as quoted in
 * Coolloud.org:`, `bluesystem [zh] is worried how far Japan can go …:` (Global Voices, Taiwan, May 2012): a source
 * named right before the tag that links its post, then how it feels (a verb of state, not of speech), sets off the
 * post after the colon as its words. The source is who the text names there (not a place), or a user name in lower
 * case (`lowerCaseUser`). `sentence` is the text of `last`, the colon's sentence in `block`; null for any other sentence.
 */
export function taggedSource(block: number, sentence: string, last: SentenceRange, cues: CueReader): ColonCue | null {
  const state = TAG_THEN_STATE.exec(sentence);
  if (!state) return null;
  const tagAt = state.index + 1;
  const named = cues.subjectBefore(block, last.start + tagAt, last.start);
  const source =
    named?.entity && named.entity.type !== 'place' && /^\s*$/.test(sentence.slice(named.ref.end - last.start, tagAt))
      ? named
      : lowerCaseUser(cues, block, last.start, sentence.slice(0, tagAt + (state[1]?.length ?? 0)));
  return source && { subject: source, cue: { block, start: source.ref.start, end: last.end } };
}
