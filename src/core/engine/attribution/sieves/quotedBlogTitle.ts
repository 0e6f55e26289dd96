import { LANGUAGE_TAG } from '../../languageTag';
import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';
import { isQuotingVerb, namesOthersWords } from './othersWords';

/**
 * "the blog", "the website", "the page", "the Facebook group" and the like (perhaps after the network it is on: "on
 * Facebook the page"), then the title in quote marks, an optional gloss of it in parentheses, and a present or past
 * verb (a language tag may follow it); the sentence runs to its colon with no other quote marks.
 */
const QUOTED_TITLE = new RegExp(
  String.raw`^(?:(?:Finally|However|Meanwhile|Also|And|But),?\s+)?(?:(?:on|in)\s+(?:Facebook|Twitter|LiveJournal|VKontakte),?\s+)?[Tt]he\s+(?:(?:Facebook|Twitter)\s+)?(?:blog|website|site|page|group|account)\s+["“]([^"“”]{2,60})["”](?:\s+\([^()"“”]{1,60}\))?\s+(?:also\s+)?(\p{Ll}+(?:s|ed))\b((?:\s+${LANGUAGE_TAG})?[^"“”:]*):\s*$`,
  'du',
);

/**
 * `Finally, the blog "Marcha Patiotica" (Patriotic March) shares [es] some grim statistics:`
 * (gv-colombia-may-day-nationwide-demonstrations-2012-05-07), `Finally, on Facebook the page "I am in favor of the law of
 * gender identity" celebrated:` (gv-argentina-gender-identity-law-2012-05-12): a blog or a page named by its title in
 * quote marks after "the blog" or "the page" is the source of the post its colon sets off (docs/annotation-guide.md, "A
 * page whose name is a sentence in marks"), as `TITLED_HEAD` of `titledHead.ts` reads an unquoted title. The title
 * is the source as written, without its marks. `sentence` starts at `sentenceStart` of `block`; null for any other
 * shape, when the title holds an entity's name or ends in a role word (`CueReader.titledSource`), or when the blog gives
 * the floor to another (`namesOthersWords`: "published a statement by the Minister of Labour:").
 */
export function quotedBlogTitle(cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null {
  const found = QUOTED_TITLE.exec(sentence);
  const title = found?.indices?.[1];
  // "The blog "Marcha Patriotica" quotes union leader Tarsicio Mora:" sets off the union leader's words.
  if (!title || isQuotingVerb(found[2] ?? '') || namesOthersWords(found[3] ?? '', { names: true, verbs: true })) return null;
  const subject = cues.titledSource(block, sentenceStart + title[0], sentenceStart + title[1]);
  // The cue opens at "the blog": a connector before it ("Finally,") attributes nothing.
  const start = sentenceStart + sentence.search(/[Tt]he\s/);
  return subject ? { subject, cue: { block, start, end: sentenceStart + sentence.trimEnd().length } } : null;
}
