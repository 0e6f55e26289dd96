import type { SourceType } from '../../schema';
import type { Located } from '../attribution/types';
import { VOICE_GROUPS } from '../lexicon/voiceGroups';

/**
 * The kind of voices the opening of an article (its headline and first blocks) says it gathers ("Bloggers' Reactions",
 * "NASA environmental and educational experts", `lexicon/voiceGroups.ts`), with the words that say them (UTF-16
 * offsets, half-open); null when it names none. `sourceTypes.ts` gives it to a person no role word describes.
 */
export function voicesNamed(texts: ReadonlyArray<string>): { type: SourceType; evidence: Located } | null {
  for (let block = 0; block < Math.min(OPENING_BLOCKS, texts.length); block++) {
    const text = texts[block] ?? '';
    for (const found of text.matchAll(VOICES)) {
      const type = GROUP_TYPES.get(found[0].toLowerCase());
      // "Rational blogger Andrea wrapped up …": one word before a name is that one person's title, not the voices
      // gathered; '"… bloggers may not be as loud …," Xiao wrote': a quote's words are its speaker's, not the article's.
      // A plural titles no one: "Bloggers React to Obama's Address", "Netizens Say Goodbye to Writer Carlos Fuentes"
      // capitalise the verb after it as a headline writes every word.
      const quoted = (text.slice(0, found.index).match(/["“”]/g)?.length ?? 0) % 2 === 1;
      const titlesName = !/s$/i.test(found[0]) && TITLES_NAME.test(text.slice(found.index + found[0].length));
      if (type && !quoted && !titlesName) return { type, evidence: { block, start: found.index, end: found.index + found[0].length } };
    }
  }
  return null;
}
const TITLES_NAME = /^\s+\p{Lu}\p{Ll}/u;
const GROUP_TYPES = new Map(VOICE_GROUPS);
/** The headline and the first five paragraphs (a byline may take one): a news story's lead and its nut graf. */
const OPENING_BLOCKS = 6;
const VOICES = new RegExp(
  `\\b(?:${VOICE_GROUPS.map(([group]) => group)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'gi',
);
