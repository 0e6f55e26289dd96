import { CHARACTERISING_VERBS, QUOTING_OBJECT } from '../lexicon/characterisingVerbs';
import { REASON_FOR } from '../lexicon/reasonVerbs';
import { isSpeechVerb, reportingVerbOf } from '../lexicon/reportingVerbs';
import { characterises } from './sieves/characterisingCue';
import { agentAfter, directedPhrase, namedByAgent } from './governedPhrase';
import { modifiesNoun } from './namedThing';
import { attributiveWord, predicateWord } from './predicateWord';
import { wordCount } from '../wordCount';
import { quantifiedTerm } from './quantifiedTerm';
import type { FoundQuote } from './types';

/** Verbs that put a name on their object ("called the demand “unprecedented”"); bare before the mark they name a thing. */
const NAMING = /^(?:call|calls|called|calling|termed|dubbed|described|describes)$/i;
/** A comma or colon that sets the words off right after their verb: `yelling, "Troops out!"` (Wikinews, development half). */
const SET_OFF = /^[,:]\s*$/;
/** A determiner or possessive between a speech verb and the words it governs: "promising a “formal update”". */
const DETERMINERS = /^(?:\s+(?:a|an|the|its|his|her|their|our|my|your|this|that|these|those|some|more|new|further|full))*\s*$/i;
/** The object a naming verb names, before the mark: one to three words that are no determiner, then "as" or "a" if any. */
const NAMED_OBJECT =
  /^(?:\s+(?:a|an|the|its|his|her|their|our|this|that))*(?:\s+(?!(?:a|an|the|as)\s)[^\s"“”‘’.,;:!?()—–]+){1,3}?(?:\s+as)?(?:\s+(?:a|an|the))?\s*$/iu;
/** A determiner right before the word: it is a noun or an adjective there ("all questions", "the alleged"), no verb. */
const NOUN_BEFORE = /\b(?:a|an|the|all|its|his|her|their|our|these|those|some|any|no|of)\s+$/i;
/** A thing the words are printed on ("a banner saying “united in diversity”"): a slogan, which the guide counts as no quote. */
const PRINTED = /\b(?:banners?|signs?|placards?|posters?|t-shirts?|shirts?|billboards?|stickers?)\s+$/i;
/** A passive before the verb ("was commonly called", "is described"): nobody is said to say the words. */
const PASSIVE = /\b(?:is|was|were|are|been|being|be|so|also|commonly|often|sometimes|widely)\s+(?:\p{L}+ly\s+)?$/iu;
/** A passive naming verb whose agent the text names before the mark: "were described by Johnson as a “historic mandate”". */
const NAMED_AGENT = /^\s+by\s+(?:the\s+)?\p{Lu}[^\s"“”‘’.,;:!?()]*(?:\s+\p{Lu}[^\s"“”‘’.,;:!?()]*){0,3}\s+as(?:\s+(?:a|an|the))?\s*$/u;
/** "accused Biden of “siding with criminals”": the charge an accuser puts in words, after its object and "of". */
const ACCUSED_OF = /^(?:\s+[^\s"“”‘’.,;:!?()]+){1,4}?\s+of\s*$/u;
/**
 * "openly criticized Gary Locke for playing “little tricks”", "published its thanks to Khinshtein for the “free
 * publicity.”" (Global Voices, China and Russia, May 2012): the reason for praise or blame, after its object and "for",
 * an -ing verb or a determiner.
 */
/**
 * "The move was met with what WalesOnline called “fury” from local tourism chiefs", "creating what the scientists
 * describe as an “upside-down river”" (Wikinews, development half), "was voted into power in what bloggers are calling
 * a "landslide" victory" (Global Voices, Bahamas, May 2012): a naming verb whose object is "what" or "which" before its
 * subject, a name, a pronoun, "the" and a noun or a bare plural, so the words in marks are that subject's.
 */
const NAMER_OF_RELATIVE =
  /\b(?:what|which)\s+(?:(?:the\s+)?\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*){0,2}|the\s+\p{Ll}+|he|she|they|it|(?!(?:has|was|does|is)\s)\p{Ll}{2,}s)\s+(?:has\s+|have\s+|had\s+|are\s+|were\s+)?$/u;
const REASON = /^(?:\s+[^\s"“”‘’.,;:!?()]+){1,6}?\s+for(?:\s+\p{L}+ing)?(?:\s+(?:a|an|the|its|his|her|their|our))*\s*$/iu;
const CHARACTERISING = new RegExp(`\\b(?:${[...CHARACTERISING_VERBS].map((v) => v.replace(/ /g, '\\s+')).join('|')})\\b`, 'giu');

/**
 * `Trump … referred to the soldiers buried there as “losers”`, `the media falsely describing him as a “felon”`:
 * an active characterising verb (`lexicon/characterisingVerbs.ts`) whose object and "as" stand between it and the
 * mark, the shape the characterising-cue sieve reads; here it only tells that someone used the words, named or not.
 */
function characterised(left: string, words: number): { start: number; end: number } | null {
  const verb = [...left.matchAll(CHARACTERISING)].at(-1);
  if (!verb || PASSIVE.test(left.slice(0, verb.index))) return null;
  const rest = left.slice(verb.index + verb[0].length);
  // "a technique referred to as the “outflow method”", "(referred to in agile speak as a “retro”)": with no object of
  // its own the verb is a passive naming a thing; "offered “furry” versions": one word after an offer is a term.
  // "which Ross has referred to as “gamesmanship”": a relative pronoun before a named subject is the verb's object.
  const relative = NAMER_OF_RELATIVE.test(left.slice(0, verb.index));
  if ((!relative && /^\s+(?:as|in|among|within)\b/i.test(rest)) || (words === 1 && QUOTING_OBJECT.has(verb[0].toLowerCase()))) return null;
  return characterises(verb[0], rest) ? { start: verb.index, end: verb.index + verb[0].length } : null;
}

/**
 * Whether a short phrase in marks is the object of a speech verb in its own clause, so someone is said to have used
 * the words (`docs/annotation-guide.md`: "A quoted phrase that the text attributes … is a quote"; `called X "Y"`): "The
 * head of Jogye order made a public apology …, vowing “self-repentance”", "Sunak … whilst promising a “formal update”",
 * "the government recommending “online translation tools”", "called the demand “unprecedented”". The verb is a
 * reporting verb (`lexicon/reportingVerbs.ts`), active, with at most determiners between it and the mark; a naming verb
 * needs its object there ("a region called the “path of totality”", "commonly called “swine flu”" name a thing). One
 * word is a quote only after a naming verb or a verb that presses, asks or doubts ("vowing"): after "say" or "add" it is
 * a word mentioned ("are they saying “money” when your website says “currency”?"). Observed on real news: Wikinews and
 * Global Voices quote a speaker's word or two this way with the speaker far before or unnamed. `open` is the opening
 * mark's UTF-16 offset, `sentenceStart` that of the sentence holding it, `words` how many words are in the marks.
 */
export function spokenPhrase(text: string, sentenceStart: number, open: number, words: number): boolean {
  const left = text.slice(sentenceStart, open);
  if (characterised(left, words)) return true;
  if (namedByAgent(text, left, open) || directedPhrase(left, text.slice(open + 1))) return true;
  for (const verb of [...left.matchAll(/\p{L}+/gu)].reverse().slice(0, 7)) {
    const reporting = reportingVerbOf(verb[0]);
    if (!reporting) continue;
    const before = left.slice(0, verb.index);
    const rest = left.slice(verb.index + verb[0].length);
    const naming = NAMING.test(verb[0]);
    if (naming && /^(?:\s+as)?(?:\s+(?:a|an|the))?\s*$/i.test(rest) && NAMER_OF_RELATIVE.test(before)) return true;
    if (naming && (NAMED_AGENT.test(rest) || (/^\s+as(?:\s+(?:a|an|the))?\s*$/i.test(rest) && agentAfter(text, open)))) return true;
    if (PASSIVE.test(before)) return false;
    // The noun ("its thanks to …") gives its reason as the verb does.
    if (REASON_FOR.has(reporting.lemma) && REASON.test(rest)) return true;
    if (NOUN_BEFORE.test(before) || PRINTED.test(before)) return false;
    if (reporting.lemma === 'accuse' && ACCUSED_OF.test(rest)) return true;
    if (words === 1 && !naming && reporting.stance === 'neutral') return false;
    // "yelling, “Troops out!”": a comma or colon right after the verb opens its words, as before a longer quote.
    return naming ? NAMED_OBJECT.test(rest) : DETERMINERS.test(rest) || SET_OFF.test(rest);
  }
  return false;
}

/**
 * Four lower-case words in marks set inside a clause after a lower-case word, with no sentence punctuation of their own
 * but a closing full stop or comma: `placing the “human in the loop”`, `resembling “beads on a string.”`, `a “doctor for
 * the planet”` (a US Army page of the development half, whose gold lists it as no quote; fresh NASA pages). Such a phrase
 * is read as a short one: a term or a figure of speech unless a speech verb governs it or reported speech holds it.
 * Not a quote opened after a comma or colon (`I say, “Be Bold. Vote Gold.”`) or at a sentence's start.
 */
function termInClause(text: string, direct: { open: number; start: number; end: number }): boolean {
  const words = text.slice(direct.start, direct.end);
  const before = text.slice(Math.max(0, direct.open - 120), direct.open);
  // A cue right after the closing mark (`“ground to a halt” — as the Supreme Court decision put it —`, `“…,” according to
  // Darren A. Cole`), or a quote earlier in the sentence that these words go on (`“appreciated how spectacular” the
  // first MMU flight “was going to be.”`), makes them someone's words.
  const cueAfter = /^["”’'»]?\s*[—–,(]?\s*(?:as|according)\s/u.test(text.slice(direct.end));
  return /^\p{Ll}[^.!?;:,]*[.,]?$/u.test(words) && /\p{Ll}\s+$/u.test(before) && !/["”][^.!?]*$/u.test(before) && !cueAfter;
}

/**
 * `"This ain't golf," Gregoire's spokesman said.` (a fresh Wikinews page): words in marks that open their sentence, end on
 * a comma, a question or an exclamation mark inside the marks and are followed within a few words by a speech verb are a
 * line of speech, however short, even when no sieve can name who said it. A term or a title in marks neither opens its
 * sentence so nor ends on a comma before "said". `close` is the closing mark's UTF-16 offset.
 */
function spokenLine(text: string, sentenceStart: number, direct: { open: number; end: number; close?: number | null }): boolean {
  if (direct.close == null || text.slice(sentenceStart, direct.open).trim() !== '' || !/[,!?]/.test(text[direct.end - 1] ?? '')) return false;
  const after = /^\s+(?:[^\s"“”.,;:!?]+(?:\s+|(?=[.,;:!?]|$))){1,5}/u.exec(text.slice(direct.close + 1));
  return (after?.[0].split(/\s+/) ?? []).some((word) => isSpeechVerb(word));
}

/**
 * `from "[having] great adventures" to "[being] fearless."` (Global Voices, Caribbean, May 2012), `"to satisfy [the
 * accused's] sexual desires"` (Wikinews): words a writer puts in square brackets inside marks fit somebody's words to
 * the sentence (AP Stylebook, "brackets"), which no term or title needs. Not the language tag Global Voices links a
 * source with (`[es]`). `direct` holds the words' UTF-16 span in `text`.
 */
function edited(text: string, direct: { start: number; end: number }): boolean {
  return /\[(?![a-z]{2}\])\p{Ll}[^\]]*\]/u.test(text.slice(direct.start, direct.end));
}

/**
 * What becomes of a direct quote of three words or fewer (or four that {@link termInClause} reads as a term) that no cue
 * claims: one quoted word ("hands", "spores", a nickname) is a term the writer marks, and dropped (null), unless it is
 * a predicate adjective ({@link predicateWord}) or one set before its noun ({@link attributiveWord}); that word or a
 * phrase of two or three is `{ short }`, kept only once
 * reported speech is found around it; either is `{ found }` when a speech verb governs it ({@link spokenPhrase}). A quote
 * with a cue, or `standing` (joined by "and" to the quote before, or the whole of a body paragraph) is `{ found }` whatever
 * its length; a longer one
 * with no speaker is `{ short }` when it names the kind of the noun after it ({@link modifiesNoun}). `direct` holds
 * UTF-16 offsets into `text`: the opening mark and the words' half-open span.
 */
export function shortPhrase(
  quote: FoundQuote,
  text: string,
  sentenceStart: number,
  direct: { open: number; start: number; end: number; close?: number | null },
  standing: boolean,
): { found: FoundQuote } | { short: FoundQuote } | null {
  const words = wordCount(text, direct);
  // "a few “experts”": a marked noun in a counted phrase is no one's words, whatever verb comes earlier.
  if (words === 1 && !quote.speaker && quantifiedTerm(text, direct.open)) return null;
  if (quote.cue || standing || quote.resolution === 'continuation' || spokenLine(text, sentenceStart, direct) || edited(text, direct)) return { found: quote };
  // A longer phrase set as the name of the noun after it ("the “one country, two systems” model") is a term unless
  // reported speech is found around it, as for a short phrase.
  if (words > 3 && !(words === 4 && !quote.speaker && termInClause(text, direct)))
    return !quote.speaker && modifiesNoun(text, direct.open, direct.end) ? { short: quote } : { found: quote };
  // The characterising verb is the phrase's own cue, so reported speech around it ("The Atlantic claimed that … Trump …
  // referred to the soldiers … as “losers”") does not give it the claim's speaker.
  const verb = characterised(text.slice(sentenceStart, direct.open), words);
  if (verb) return { found: { ...quote, cue: { block: quote.block, start: sentenceStart + verb.start, end: sentenceStart + verb.end } } };
  if (spokenPhrase(text, sentenceStart, direct.open, words)) return { found: quote };
  return words >= 2 || predicateWord(text, sentenceStart, direct) || attributiveWord(text, direct) ? { short: quote } : null;
}
