import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { QUOTE_CUE_VERBS } from '../../lexicon/quoteCueVerbs';
import { isSpeechVerb, REPORTING_VERBS } from '../../lexicon/reportingVerbs';

/** A determiner or possessive right before a word: "their voices", "his reports", "the claims" are nouns, not verbs. */
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|their|his|her|its|our|my|your|whose)\s+$/i;

/**
 * The words of a colon cue's sentence that may be its verb: a word written capitalised inside the sentence is a name's
 * ("The account of the United States Ambassador …, tweeted:" has no verb "States"), and the last part of a hyphenated
 * compound is an adjective's ("linking to the above-mentioned Lenta.ru article …, tweeted [ru]:", Global Voices, Russia,
 * May 2012, has no verb "mentioned"; nor has "so-called" or "self-described").
 */
export const wordsOf = (sentence: string) =>
  [...sentence.matchAll(/(?<!\p{L}-|\p{L})\p{L}+/gu)].filter((word) => word.index === 0 || !/^\p{Lu}/u.test(word[0]));

/** The reporting verbs' base forms: "add", "say", "note". */
const LEMMAS = new Set(REPORTING_VERBS.map((v) => v.lemma));

/** A relative pronoun right before a verb, its subject: "who said", "which also claims". */
const RELATIVE_OPENS = /\b(?:who|that|which)\s+(?:also\s+|then\s+)?$/i;
/**
 * A relative clause whose subject stands between its pronoun and its verb: "whose speech one citizen newspaper claimed",
 * "whom the paper quoted"; no punctuation between (a comma closes the clause).
 */
const OBJECT_RELATIVE = /\b(?:whose|whom)\s+[^,;:"“”()—–]{1,80}$/i;

/**
 * "In response to comments made by … Tharman Shanmugaratnam – who said that … – Jackson Tan points out that …:": a
 * relative clause's verb reports what someone else said, when a speech verb of the main clause comes after it and
 * presents the block ("… comes from Ndagha who says …:" has none, so Ndagha's "says" does); so with "that" and "which"
 * ("an editorial that criticized the controversial statement, saying …:", Global Voices), and with "whose" or "whom" and
 * the clause's own subject before its verb ("Elias Chipimo Jr, whose speech one citizen newspaper claimed had been
 * distorted by state owned media, said at a press briefing …:", Global Voices, Zambia, May 2012).
 */
export function relativeBeforeMain(sentence: string, verb: RegExpExecArray): boolean {
  const before = sentence.slice(0, verb.index);
  return (RELATIVE_OPENS.test(before) || OBJECT_RELATIVE.test(before)) && laterSpeechVerb(sentence, verb.index);
}

/**
 * "… against those who would make their voices heard, concluded:": after a determiner the word is a noun, when a later
 * verb is the cue ("The questions were:" has none, and its noun still sets off the questions asked).
 */
export function nounAfterDeterminer(sentence: string, verb: RegExpExecArray): boolean {
  return DETERMINER_BEFORE.test(sentence.slice(Math.max(0, verb.index - 12), verb.index)) && laterSpeechVerb(sentence, verb.index);
}

const laterSpeechVerb = (sentence: string, after: number) => wordsOf(sentence).some((later) => later.index > after && isSpeechVerb(later[0]));

/** The noun right before a verb: "The statement read". */
const DOCUMENT_BEFORE = /(\p{L}+)\s+$/u;
/** The noun a sentence opens with, then where it is from or what it is on: "A comment from the video youtube account". */
const DOCUMENT_FROM = /^(?:(?:a|an|the|one|this|that|another)\s+)?(\p{L}+)\s+(?:from|on|of|in|under|below|at)\s+[^,;:"“”]{1,60}?\s+$/iu;

/**
 * Whether a word that is no reporting verb's form still sets off the block quotation after a colon: a verb that cues
 * only a quote right after it (`lexicon/quoteCueVerbs.ts`) a few words before the colon ("The North Bank Evening
 * Standard from the Gambia also shared highlights of his career:", "Isaac disagrees:", "as this Facebook message by
 * Chai Kadai informs us:"), or a reporting verb's base form after "went on to" ("They went on to add:"). Observed on
 * real news: Global Voices round-ups introduce each post so.
 */
export function cuesBlock(sentence: string, word: string, at: number): boolean {
  if (LEMMAS.has(word) && /\b(?:went|goes|go)\s+on\s+to\s+$/.test(sentence.slice(0, at))) return true;
  // Only as the sentence's last verb ("where Usov shared the link to the interview, user Juriy Prohorov wrote [ru]:"), and
  // right after a name, a pronoun or a document: "This screenshot … sums up the problem nicely:", "Examples of the shared platform:",
  // "please read the following information carefully:" set off the writer's own words.
  const rest = sentence.slice(at + word.length);
  const before = sentence.slice(0, at);
  // A document reads its words: "The statement read:", "Trump's letter reads:", and so it does with where it is from
  // between ("A comment from the video youtube account reads:", Global Voices, Spain, May 2012).
  const document = /^reads?$/i.test(word) && [DOCUMENT_BEFORE, DOCUMENT_FROM].some((head) => DOCUMENT_NOUNS.has(head.exec(before)?.[1]?.toLowerCase() ?? ''));
  const named = document || /(?:\p{Lu}[\p{L}'’.-]*|\b(?:he|she|they))\s+(?:also\s+|\p{L}+ly\s+)?$/u.test(before);
  // "Twitter user Dudinha Sales shared an image of the crowd:" shows a picture, not words.
  const shown = /\b(?:images?|photos?|photographs?|pictures?|videos?|clips?|screenshots?|maps?|charts?|graphics?|infographics?|links?)\b/i.test(rest);
  return named && !shown && QUOTE_CUE_VERBS.has(word.toLowerCase()) && /^(?:\s+[^\s,;]+){0,10}\s*:\s*$/.test(rest) && !rest.split(/\s+/).some(isSpeechVerb);
}
