import { CLAIM_VERBS } from '../../lexicon/claimVerbs';
import { QUOTE_ONLY_VERBS } from '../../lexicon/quoteOnlyVerbs';
import { gerundStart } from './gerundComplement';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { isRemindingVerb, pastTags, remindsSomeone } from './betweenCueAndContent';
import { opensPronounClause } from './clauseStart';
import { callContentStart, DIRECTIVE_REACH, directsHere, isCallVerb, isDirectiveVerb } from './directives';
import { hasClause } from './notACue';
import { framesObject, isFramingVerb } from './objectFrame';
import { coordinatedPluralPresent, isPluralPresent, pluralPresentCue } from './pluralPresent';
import type { ReportedCase } from './reported';
import { isTalkVerb, topicStart } from './talkedOf';
import { isMadeClear, madeClearCues } from './madeClear';
import { isToTheEffect, toTheEffectCues } from './toTheEffect';
import { isQuickTo, quickToCues } from './quickTo';
import { isStatedFinding, statedFindingCues } from './statedFinding';
import { wondersWhether } from './wonderedHow';
import { describedBefore } from './unnamedGroup';
import { saysThatInManner } from './mannerThat';

const IDENTIFIES: ReadonlySet<string> = new Set(['identifies', 'identified']);
/** A post on Twitter: a quote-only verb (`quoteOnlyVerbs.ts`) save before a clause. */
const TWEETS = /^(?:tweeted|tweeting|twittered)$/;
/**
 * "Trump tweeted he wasn't aware of the event but would go to see it anyway:" (wikinews-conservative-rally-washington-
 * election-stolen-2020-12-15): a post told as a clause (a subject pronoun, or "that") is reported as "wrote" is; only a
 * quotation or an object follows it otherwise ("tweeted a photo"). `after` is the sentence's text after the verb.
 */
const tweetsClause = (word: string, after: string): boolean =>
  TWEETS.test(word.toLowerCase()) && (opensPronounClause(after, 0) || /^\s+that\s+(?:I|we|you|they|he|she|it|there|the)\s/.test(after));
/**
 * "she shared that she was prone to meltdown in suit" (wikinews-toronto-comicon-2019-celebrities-cosplay-2019-03-29):
 * "share", elsewhere a direct quote's cue only (quoteCueVerbs.ts: "NASA shared the data"), reports a that-clause.
 */
const sharesThat = (word: string, after: string): boolean => /^(?:shared|shares|sharing)$/i.test(word) && /^\s+that\s/.test(after) && hasClause(after);
/** A speech verb, or a verb that puts a claim forward with a clause (`claimVerbs.ts`, which notACue.ts holds to one). */
export const saysOrClaims = (word: string): boolean =>
  isSpeechVerb(word) ||
  CLAIM_VERBS.has(word.toLowerCase()) ||
  isMadeClear(word.toLowerCase()) ||
  isToTheEffect(word.toLowerCase()) ||
  isQuickTo(word.toLowerCase()) ||
  isStatedFinding(word.toLowerCase());

/**
 * Whether a word, lower case, is one some cue below can be made of; the rest of a sentence's words need no closer look
 * (most of them: reading each one's context cost a tenth of the analysis).
 */
const mayCue = (lower: string): boolean =>
  saysOrClaims(lower) ||
  isDirectiveVerb(lower) ||
  isPluralPresent(lower) ||
  isCallVerb(lower) ||
  isTalkVerb(lower) ||
  isRemindingVerb(lower) ||
  isFramingVerb(lower) ||
  IDENTIFIES.has(lower) ||
  /^shar/.test(lower) ||
  progressiveForm(lower);

/**
 * Whether a word in -ing is the progressive of a speech verb whose other forms the lexicon lists but not this one
 * ("suggesting", left out there as a participle most often tells a finding): `The Brazilian mass communications media are
 * suggesting that a lapse in communication caused the crash` (a fresh Wikinews page, October 2006). Only after "is",
 * "are", "was" or "were" does it report (`progressiveCue`).
 */
const progressiveForm = (lower: string): boolean => /ing$/.test(lower) && !isSpeechVerb(lower) && isSpeechVerb(lower.replace(/ing$/, 's'));

/** Whether `word` is such a progressive (`progressiveForm`) and the words `before` it end in its auxiliary. */
export const progressiveCue = (word: string, before: string): boolean => progressiveForm(word.toLowerCase()) && /\b(?:is|are|was|were)\s+$/i.test(before);

/**
 * `mayCue` of each word met so far, as written (lower-casing every word of every sentence cost more than the look-up):
 * most words come again, sentence after sentence (the cap keeps a long session's small).
 */
const MAY_CUE = new Map<string, boolean>();
const mayCueOnce = (word: string): boolean => {
  let may = MAY_CUE.get(word);
  if (may === undefined) {
    if (MAY_CUE.size >= 50_000) MAY_CUE.clear();
    MAY_CUE.set(word, (may = mayCue(word.toLowerCase())));
  }
  return may;
};

const LETTERS = /\p{L}+/gu;
const LETTERS_HERE = /\p{L}+/uy;

/**
 * The runs of letters of a sentence that `mayCueOnce` lets through, each as `/\p{L}+/gu` would match it. The sentence's
 * words are read as plain strings, each found after the one before (only non-letters lie between two), and a match is
 * made only for the few that may cue: making one for every word cost more than reading it.
 */
function candidateWords(sentence: string): Array<RegExpExecArray> {
  const candidates: Array<RegExpExecArray> = [];
  let from = 0;
  for (const word of sentence.match(LETTERS) ?? []) {
    const index = sentence.indexOf(word, from);
    from = index + word.length;
    if (!mayCueOnce(word)) continue;
    LETTERS_HERE.lastIndex = index;
    const match = LETTERS_HERE.exec(sentence);
    if (match) candidates.push(match);
  }
  return candidates;
}

/**
 * A word in -s right before a speech verb is the noun that verb's subject ends with, not a verb: `Media reports said the
 * fire was out`, `Newspaper reports say …`, `Police statements said …` (voa-zimbabwe-police-say-union-leaders-hurt-escape-
 * 2006-10-03). Read as a cue, "reports" made "said the fire was out" its content and "Media" its speaker. The verb after
 * it is one no noun phrase can start with ("state" and "claims" can: `reports state officials …`). `says`, `adds` and
 * `tells` are never nouns, and the participle after them can be an adjective (`says added security … will cost …`).
 */
const NOUN_BEFORE_VERB =
  /^\s+(?:(?:have|has|had|also|previously|earlier|initially)\s+)*(?:said|say|stated|claimed|suggested|suggest|indicated|indicate|noted|alleged|revealed|showed|show|added|warned|confirmed)\b/;
const nounBeforeVerb = (word: string, after: string): boolean => /s$/.test(word) && !/^(?:says|adds|tells)$/i.test(word) && NOUN_BEFORE_VERB.test(after);

/**
 * The words of a sentence that may cue reported speech, in order: speech verbs (not those that only introduce a direct
 * question), verbs that direct someone to act, `calls for`, `reminds X that`, verbs that frame their object as what was
 * said, and `identified X as`; never a capitalised word inside a body sentence, which belongs to a title. Each match's
 * index is a UTF-16 offset in the sentence.
 */
export function cueVerbsOf(c: ReportedCase, sentence: string): Array<RegExpExecArray> {
  const { block, text, range } = c;
  // "identified poverty, hunger, and bad politicians as the greatest threat to …": naming something as something is
  // what the speaker said of it (docs/annotation-guide.md, "Directive and object-noun cues").
  const namesAs = (m: RegExpExecArray) =>
    IDENTIFIES.has(m[0].toLowerCase()) &&
    /^\s+(?:[^,;:"“”.]+,\s+){0,4}[^,;:"“”.]+?\s+as\s+(?:the|a|an)\s/u.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 160));
  // A verb that otherwise only introduces a direct question ("asks"), or is no speech verb at all ("encouraged"), reports
  // speech when it directs someone to act.
  const directs = (m: RegExpExecArray) =>
    directsHere(m[0].toLowerCase(), text.slice(pastTags(text, range.start + m.index + m[0].length), range.start + m.index + m[0].length + DIRECTIVE_REACH));
  // A capitalised verb inside a body sentence is a title's word ("NASA Science Aboard Intuitive Machines Continues Journey to Moon");
  // after a label's colon it opens a phrase with no subject, a noun ("1. Culture Change: Questions that drive changes in the
  // way work gets done.", usgov-section508-hhs-navigating-section-752-2023-10-02).
  const titleWord = (m: RegExpExecArray) => block !== 0 && /^\p{Lu}/u.test(m[0]) && /(?:\p{L}[\s,]*|\p{L}:\s+)$/u.test(sentence.slice(0, m.index));
  const words = candidateWords(sentence).filter(
    (m) =>
      !titleWord(m) &&
      !nounBeforeVerb(m[0], sentence.slice(m.index + m[0].length, m.index + m[0].length + 40)) &&
      ((saysOrClaims(m[0]) && !QUOTE_ONLY_VERBS.has(m[0].toLowerCase())) ||
        pluralPresentCue(m[0], sentence.slice(0, m.index), () => describedBefore(c, range.start + m.index)) ||
        coordinatedPluralPresent(m[0], sentence.slice(0, m.index), sentence.slice(m.index + m[0].length)) ||
        ((isSpeechVerb(m[0]) || isDirectiveVerb(m[0].toLowerCase())) && directs(m)) ||
        callContentStart(m[0], text, range.start + m.index + m[0].length) !== null ||
        topicStart(m[0], text, range.start + m.index + m[0].length) !== null ||
        gerundStart(m[0].toLowerCase(), text, range.start + m.index + m[0].length) !== null ||
        remindsSomeone(m[0], text, range.start + m.index + m[0].length) ||
        framesObject(m[0].toLowerCase(), sentence.slice(m.index + m[0].length)) ||
        tweetsClause(m[0], sentence.slice(m.index + m[0].length)) ||
        saysThatInManner(m[0].toLowerCase(), sentence.slice(m.index + m[0].length)) ||
        sharesThat(m[0], sentence.slice(m.index + m[0].length)) ||
        wondersWhether(m[0], sentence.slice(m.index + m[0].length)) ||
        namesAs(m) ||
        progressiveCue(m[0], sentence.slice(Math.max(0, m.index - 6), m.index))),
  );
  // "Malawian religious groups have made it clear that …": a phrase standing for a speech verb.
  // "… issued a statement to the effect the king considered it inappropriate …" (toTheEffect.ts).
  // "were quick to point out that …" (quickTo.ts).
  // "He drew the conclusion that …", "broke the news that …" (statedFinding.ts).
  const phrases = [...madeClearCues(sentence), ...toTheEffectCues(sentence), ...quickToCues(sentence), ...statedFindingCues(sentence)];
  return phrases.length === 0 ? words : [...words, ...phrases].sort((a, b) => a.index - b.index);
}
