import { LANGUAGE_TAG } from '../../languageTag';
import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';
import { isQuotingVerb, namesOthersWords } from './othersWords';

/**
 * A blogger's handle as written: one word of letters whose capitals fall where no common word or organisation's name
 * puts them ("LEvko", "MsLiberty", "theMalawian"), or with a digit or an underscore in it ("Jeff_79").
 */
const HANDLE = String.raw`(?:\p{Lu}{2,}\p{Ll}[\p{L}\d_]*|\p{L}*\p{Ll}\p{Lu}[\p{L}\d_]*|\p{L}[\p{L}]*[\d_][\p{L}\d_]*)`;

/**
 * A colon sentence whose head is a handle, "of", the capitalised title of the blog it writes ("of Foreign Notes", "of
 * the Ukrainian Insider", a language tag after it), then a present or past verb running to the colon.
 */
const HANDLE_OF_BLOG = new RegExp(
  String.raw`^(?:(?:Finally|However|Meanwhile|Also|And|But|Similarly|Likewise|Elsewhere|Then),?\s+)?(${HANDLE})\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|de|la|in|from)\s+)*\p{Lu}[\p{L}'’.-]*)*(?:\s+${LANGUAGE_TAG})?(?:\s+also|,?\s+meanwhile,)?\s+(?!is\b|was\b)(\p{Ll}+(?:s|ed))\b([^"“”:]*(?:["“][^"“”]*["”][^"“”:]*)*):\s*$`,
  'du',
);

/**
 * `LEvko of Foreign Notes explained "why Ukraine's Euro 2012 [would] not be as big a success as hoped":`
 * (gv-ukraine-tymoshenko-euro-2012-boycott-2012-05-17): Global Voices introduces a blogger by their handle and the blog
 * they write ("Isabel of Las Burbujas Recargadas [es] writes:"); the handle, not "LEvko of Foreign Notes" taken whole as
 * a title, is who speaks: the account's label, as a handle is (the annotation guide's decision on handles: no person of
 * `people`). A given name there is the name pass's (`personThenOrganization.ts`).
 * `sentence` starts at `sentenceStart` of `block`; null for any other shape, when a name starts inside the handle, or when
 * the blogger gives the floor to another ("quoted Berta Soler:", `namesOthersWords`).
 */
export function bloggerOfBlog(cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null {
  const found = HANDLE_OF_BLOG.exec(sentence);
  const handle = found?.indices?.[1];
  // A phrase in quote marks after the verb is the blogger's own words, told before the block that gives them whole.
  const rest = (found?.[3] ?? '').replace(/["“][^"“”]*["”]/g, '');
  if (!handle || isQuotingVerb(found[2] ?? '') || namesOthersWords(rest, { names: true, verbs: true })) return null;
  const start = sentenceStart + handle[0];
  const end = sentenceStart + handle[1];
  const cue = { block, start, end: sentenceStart + sentence.trimEnd().length };
  // The name pass may have taken the handle alone (the speaker then) or the whole head as one title (the blogger's name is
  // still the handle); a name that starts inside the handle is some other reading, left alone.
  const inside = cues.mentions.between(block, start, end).filter((m) => m.end > start);
  if (inside.some((m) => m.start !== start)) return null;
  const own = inside.find((m) => m.end === end);
  const subject = own ? cues.subjectAt(block, start) : cues.handleSource(block, start, end);
  return subject ? { subject, cue } : null;
}
