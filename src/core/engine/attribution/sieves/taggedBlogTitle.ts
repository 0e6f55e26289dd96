import { LANGUAGE_TAG } from '../../languageTag';
import type { SentenceRange } from '../../../sentences';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import type { ColonCue } from './colonBlock';
import { isQuotingVerb, namesOthersWords } from './othersWords';

/** The word for a blog or site before its title: "the blog", "the website", "the platform". */
const MEDIUM = String.raw`(?:blog|website|web\s+site|site|web\s+page|portal|platform|online\s+(?:newspaper|magazine|journal))`;

/**
 * A sentence opening (perhaps after a connector) with "the" and a blog's word, then the blog's title from a capital up to
 * the language tag of its link, then the verb: "The blog Platform for the nationalization of saving houses [es] has
 * taken on the news". Group 1 is the title, group 2 the verb and what follows it.
 */
const TITLE_TO_TAG = new RegExp(
  String.raw`^(?:(?:Finally|However|Meanwhile|Also|And|But|Similarly|Likewise|Elsewhere|Then),?\s+)?[Tt]he\s+${MEDIUM}\s+(\p{Lu}[^[\]:;,"“”()]{0,80}?)\s*${LANGUAGE_TAG},?\s+((?:also\s+)?(?:has\s+|have\s+|had\s+)?\p{Ll}{2,}[\s\S]*)$`,
  'u',
);

/**
 * The verb right after the tag, perhaps after "also" or an auxiliary: "has taken", "reports". Group 1 (after an auxiliary) or 2 is the verb. A
 * tag after the verb instead ("The blog Pastores y líderes publishes [es] the explanation of …", fresh Global Voices,
 * Peru, May 2012) leaves a determiner there, and the title would run into the verb.
 */
const VERB_AFTER_TAG = /^(?:also\s+)?(?:(?:has|have|had)\s+(\p{Ll}{2,})|(?!(?:this|its|his|hers|us|as|is|was|thus|yes)\b)(\p{Ll}{2,}(?:s|ed)))\b/u;

/**
 * `The blog Platform for the nationalization of saving houses [es] has taken on the news:` (gv-spain-foreclosures-at-
 * your-doorstep-2012-05-14): a blog a colon cue names after "the blog" by a title written in sentence case, whose words
 * run in lower case up to the tag that links its post, is who the block after it is by, under the whole title as written,
 * never the title's first word the name pass reads as a body ("Platform"). Global Voices names blogs so; the tag ends
 * the title, as no title runs past its link. The entity the name pass read when its mention is the whole title. Null
 * when the verb gives the floor to another ("quotes", "cites") or the rest names someone's words. `sentence` starts at
 * `sentenceStart` of `block` (UTF-16 offsets).
 */
function taggedBlogTitle(cues: CueReader, block: number, sentence: string, sentenceStart: number): Subject | null {
  const found = TITLE_TO_TAG.exec(sentence);
  const title = found?.[1];
  const rest = found?.[2] ?? '';
  if (!found || !title) return null;
  const after = VERB_AFTER_TAG.exec(rest);
  const verb = after?.[1] ?? after?.[2];
  if (!verb || isQuotingVerb(verb) || namesOthersWords(rest, { names: false, verbs: false })) return null;
  const start = sentenceStart + found[0].indexOf(title);
  const end = start + title.length;
  const named = cues.subjectAt(block, start);
  if (named?.entity && named.resolution === 'name' && named.ref.start === start && named.ref.end === end) return named.entity.type === 'place' ? null : named;
  return cues.handleSource(block, start, end);
}

/** `taggedBlogTitle`'s source as the colon cue of `sentence`, the text of `last` in `block`: the whole sentence is its cue. */
export function taggedBlogCue(cues: CueReader, block: number, last: SentenceRange, sentence: string): ColonCue | null {
  const subject = taggedBlogTitle(cues, block, sentence, last.start);
  return subject && { subject, cue: { block, start: last.start, end: last.end } };
}

/**
 * Speaker words that are (after perhaps an opening phrase and its comma) "the" and a blog's word, then its title up to
 * the tag of its link: "The blog Platform for the nationalization of saving houses [es]". Group 1 is the title.
 */
const TITLE_TO_TAG_END = new RegExp(
  String.raw`^(?:[^,;:"“”()]{0,60},\s+)?[Tt]he\s+${MEDIUM}\s+(\p{Lu}[^[\]:;,"“”()]{0,80}?)\s*${LANGUAGE_TAG},?(?:\s+also)?\s*$`,
  'u',
);

/**
 * Where a blog's title written up to its link's tag ends the speaker words [from, end) of a text, as `taggedBlogTitle`
 * reads it in a colon cue: `The blog Platform for the nationalization of saving houses [es] wrote that …`. Not after a
 * preposition ("Carlos Gamboa, from the blog Tutor Virtual [es], reflects" is the person's). UTF-16 offsets; null
 * when the words are otherwise.
 */
export function blogTitleEnding(text: string, from: number, end: number): { start: number; end: number } | null {
  const found = TITLE_TO_TAG_END.exec(text.slice(from, end));
  const title = found?.[1];
  if (!found || !title || /\b(?:from|of|on|in|at|by|for|to|with)\s+$/i.test(text.slice(Math.max(0, from - 12), from))) return null;
  const start = from + found[0].indexOf(title, found[0].search(/[Tt]he\s/));
  return { start, end: start + title.length };
}
