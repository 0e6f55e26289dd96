import type { DirectSpan } from '../directQuotes';
import { LANGUAGE_TAG } from '../languageTag';
import { CAPITAL_TITLE_NOUNS } from '../lexicon/capitalTitleNouns';
import { TITLED_ENTRY_NOUNS } from '../lexicon/titledEntryNouns';
import { TITLED_WORK_NOUNS } from '../lexicon/titledWorkNouns';

/** The lower-case word right before an opening mark, a link's language tag aside: `the blog “`, `his article [ur] '`. */
const NOUN_BEFORE = new RegExp(String.raw`(?<![\p{L}'’-])(\p{Ll}+)(?:\s+${LANGUAGE_TAG})?\s*$`, 'u');

/**
 * The noun, then "called", right before an opening mark: `launched a competition [fr] called "star for life"`. "Called"
 * alone quotes a speaker (`what he called "the freest and fairest elections"`), so only a work's noun makes it a name.
 */
const NOUN_CALLED = new RegExp(String.raw`(?<![\p{L}'’-])(\p{Ll}+)(?:\s+${LANGUAGE_TAG})?\s+called\s*$`, 'u');

/** A determiner or a possessive before the noun, with up to three words between: `the`, `his`, `the nation's most popular`. */
const DETERMINED = /(?:(?<![\p{L}])(?:the|a|an|his|her|its|their|our|my|your|this|that)|\p{L}['’]s?)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** The most words a blog entry's title has; longer words in marks after "post" are what the post says. */
const ENTRY_TITLE_WORDS = 8;

/**
 * Whether the quoted words `direct` (UTF-16 offsets in `text`) are the title of a work the noun right before them names:
 * `the author of the blog “In 2310 and 8225” Yasmín Silvia Portales`, `in her post “I failed”:`, `in his article 'Allah
 * ka bara fazl ha' (God's benevolence is infinite)`, `the nation's most popular podcast 'I am a petty-minded creep'`
 * (Global Voices, development half, May 2012, whose golds hold none of them as a quote: docs/annotation-guide.md, "Not
 * quotes: titles of works"). The noun is one of a titled work (`lexicon/titledWorkNouns.ts`) after a determiner or a
 * possessive, right before the marks or before "called" (`NOUN_CALLED`, which names a title of any length: `In a post
 * called 'Hands that cure, words that heal'`); else after a blog entry's noun (`lexicon/titledEntryNouns.ts`) only a short title without a comma, question or exclamation counts, since a
 * writer quotes a post's words there too (`writing in a blog post "I have myself, as per instructions, loaded up …"`).
 * A title in sentence case escapes `titleOfWork`, which wants its words capitalised. After a noun that is a verb too
 * (`lexicon/capitalTitleNouns.ts`: `January’s viral hit “A teenager’s view on social media …”`), only words opening on a
 * capital are a title.
 */
export function titleAfterWorkNoun(text: string, direct: DirectSpan): boolean {
  if (direct.close === null) return false;
  const before = text.slice(Math.max(0, direct.open - 80), direct.open);
  const last = NOUN_BEFORE.exec(before);
  const noun = last?.[1] === 'called' ? NOUN_CALLED.exec(before) : last;
  const word = noun?.[1];
  if (!noun || word === undefined) return false;
  const entry = TITLED_ENTRY_NOUNS.has(word);
  const quoted = text.slice(direct.start, direct.end).trim();
  const capital = CAPITAL_TITLE_NOUNS.has(word) && /^\p{Lu}/u.test(quoted);
  if (!(entry || capital || TITLED_WORK_NOUNS.has(word)) || !DETERMINED.test(before.slice(0, noun.index))) return false;
  return !entry || last?.[1] === 'called' || (quoted.split(/\s+/).length <= ENTRY_TITLE_WORDS && !/[,;!?]/.test(quoted));
}
