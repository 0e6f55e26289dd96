import { LANGUAGE_TAG } from '../languageTag';
import type { SourceType } from '../../schema';
import type { Located } from '../attribution/types';
import { holdsRoleWord } from './roles';

/**
 * " wrote on her blog", ", on her blog, says", " tweeted", "(@Lou_A_S) tweets:", " in a post on Facebook": words that say a person speaks
 * through their own blog or social-media account, right after their name or in the cue of their quote.
 */
const OWN_MEDIUM =
  /\b(?:(?:on|in)\s+(?:his|her|their)\s+(?:own\s+)?(?:blog|weblog|blog\s+post|post|Facebook\s+(?:page|post|wall)|Twitter\s+(?:account|feed)|tweet)|in\s+a\s+(?:blog\s+|Facebook\s+)?post(?![\p{L}-])|blogged|tweet(?:ed|s)|wrote\s+on\s+(?:Facebook|Twitter))\b/u;
/**
 * "Darashiko blogs on cinema regularly" (gv-bangladesh-movie-theaters-dying-2012-05-09): "blogs" right after the name,
 * perhaps after an adverb, and a preposition or "regularly" after it, is the verb; elsewhere it is as often the noun ("reads
 * the blogs on the island").
 */
const BLOGS_AFTER = /^\s+(?:also\s+|\p{Ll}+ly\s+)?blogs\s+(?:on|about|at|for|regularly)(?![\p{L}-])/u;
/**
 * "Martin Ferro (@Martin_Ferro)", "Elena Poniatowska [es] (@EPoniatowska)": the person's own account written after the name;
 * Spanish-language posts may write a space after the at sign or a direction mark before it ("Ivan Martinez (@ OlimacNavi)",
 * "Karla Serrano  (\u200f@KarlaSerrano7)", gv-colombia-may-day-nationwide-demonstrations-2012-05-07).
 */
const OWN_HANDLE = new RegExp(String.raw`^(?:\s*${LANGUAGE_TAG})?\s*\(\s*[\u200e\u200f]?@\s?\w+\)`, 'u');
/** "said the claims …": a speech verb followed by its content rather than by where the words were said. */
const SPEECH_THEN_CONTENT = /\b(?:said|says|say|told|tells|claimed|claims|wrote|writes)\s+(?!(?:in|on|about)\b)\p{L}/u;
/**
 * "In his blog, he said": the medium set off before the cue in its own sentence; and "Blogging from Lesotho, Michael Jordan
 * reports:" (gv-lesotho-general-election-date-set-2012-05-17), "Blogging on Elmafjoue [Ar], he …": a participle of
 * blogging opening the clause the name is the subject of.
 */
const MEDIUM_BEFORE = new RegExp(
  String.raw`(?:\b(?:On|In|on|in)\s+(?:his|her|their)\s+(?:own\s+)?(?:blog|weblog|blog\s+post|post|Facebook\s+(?:page|post)|Twitter\s+(?:account|feed))(?:\s+${LANGUAGE_TAG})?|\bBlogging\s+(?:from|on|at|in|about)\s+[^,;:.]{1,60}),?\s+$`,
  'u',
);
/**
 * ", from Portal Maria Rita blog,", ", from the Clube da MPB blog,", ", on the blog Tutor Virtual," (Global Voices, Brazil
 * and Colombia, May 2012): the blog a person is set off as writing at, named before "blog" or after it, right after the
 * name. The person speaks as its blogger, a citizen, as the guide's "a blogger giving their opinion".
 */
const AT_BLOG_AFTER =
  /^,?\s+(?:from|of|on|at)\s+(?:the\s+)?(?:(?:blog|weblog)\s+\p{Lu}[^,;:.()"“”]{0,50}|\p{Lu}[^,;:.()"“”]{0,50}?\s+(?:blog|weblog))(?![\p{L}-])/u;

/**
 * The type of a person whom no role word describes but who speaks through their own blog or account (`OWN_MEDIUM`,
 * or their handle written after their name, `OWN_HANDLE`):
 * a citizen, the guide's "a blogger giving their opinion" (`docs/annotation-guide.md`, "Sources"). Read only after every
 * role reading, and never where a role word stands near (`roleNear`: "Scotland's First Minister Nicola Sturgeon
 * tweeted" speaks as an official). `text` is the block of `at`, a mention or the cue of one of the person's quotes;
 * the evidence runs from `at` to the words that name the medium (UTF-16 offsets, half-open). Null otherwise.
 */
export function typeFromOwnMedia(text: string, at: Located, roleNear: boolean): { type: SourceType; evidence: Located } | null {
  if (roleNear) return null;
  const following = text.slice(at.end, at.end + 60);
  if (OWN_MEDIUM.test(text.slice(at.start, at.end))) return { type: 'citizen', evidence: at };
  const before = MEDIUM_BEFORE.exec(text.slice(Math.max(0, at.start - 40), at.start));
  if (before) return { type: 'citizen', evidence: { ...at, start: at.start - before[0].length } };
  const after = OWN_MEDIUM.exec(following);
  // Only in the clause that names them, as where they spoke: a full stop or a quote mark before the words ends it, and
  // after a speech verb's content ("said the claims in his post were false") the medium is someone else's.
  const gap = following.slice(0, after?.index ?? 0);
  if (after && !/[.!?"“”]/.test(gap) && !/\bthat\b/.test(gap) && !SPEECH_THEN_CONTENT.test(gap))
    return { type: 'citizen', evidence: { ...at, end: at.end + after.index + after[0].length } };
  const atBlog = AT_BLOG_AFTER.exec(following);
  if (atBlog) return { type: 'citizen', evidence: { ...at, end: at.end + atBlog[0].length } };
  const blogs = BLOGS_AFTER.exec(following);
  if (blogs) return { type: 'citizen', evidence: { ...at, end: at.end + blogs[0].length } };
  return handleAfter(text, at);
}

/** The citizen the person's own handle right after their name (`OWN_HANDLE`) makes, or null. */
function handleAfter(text: string, at: Located): { type: SourceType; evidence: Located } | null {
  const handle = OWN_HANDLE.exec(text.slice(at.end, at.end + 60));
  return handle ? { type: 'citizen', evidence: { ...at, end: at.end + handle[0].length } } : null;
}

/**
 * "Diana Galindo (@dianagalindob) makes a comparison", "like Alessia Corcuera (@top_roping_ale) [es]:": the person's own
 * account written right after their name (`OWN_HANDLE`) makes them a citizen however near a role word stands ("the
 * singer Madonna", "President Calderón" are others'), unless a title of their own stands right before the name
 * (`titledRightBefore`). UTF-16 offsets, half-open.
 */
export function typeFromOwnHandle(text: string, at: Located): { type: SourceType; evidence: Located } | null {
  return titledRightBefore(text, at) ? null : handleAfter(text, at);
}

/**
 * Whether the clause right before a mention, back to a comma or a sentence's end, holds a role word, or the one before
 * it where a comma sets the name off: "Analyst and former presidential aspirant, Jorge Castañeda (@JorgeGCastaneda)"
 * is titled; "some questioned President Calderón, like Alessia Corcuera" is not.
 */
function titledRightBefore(text: string, at: Located): boolean {
  const before = text.slice(Math.max(0, at.start - 120), at.start);
  const clauses = before.replace(/,\s*$/, ' ').split(/[,;:.!?()"“”]/);
  return holdsRoleWord(clauses.at(-1) ?? '');
}
