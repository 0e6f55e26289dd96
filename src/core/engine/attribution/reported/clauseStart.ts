import { IRREGULAR_PAST } from '../../lexicon/irregularPast';
import { opensDeterminedClause } from './determinedClause';
import { opensUndeterminedClause } from './bareClause';
import { QUOTE_ONLY_VERBS } from '../../lexicon/quoteOnlyVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { IRREGULAR_PAST_FORM } from './pastForm';

/**
 * Whether the words after a speech verb open a clause with no "that": news writing drops the conjunction after "said"
 * and its kin (AP Stylebook, "that (conjunction)"), so the clause shows itself by a subject's first word and a verb
 * only a clause has. Offsets are UTF-16, into a block's text.
 */

/**
 * Words a clause's subject starts with: a pronoun, a determiner, a number or amount (`more than half of those were filled`,
 * fresh Wikinews, January 2020; `reported as many as 32 hospitalised`, wikinews-bus-overturns-babyninsky-russia-2019-02-06),
 * "only" before a plural (`News 12 reported, only buildings adjacent to the break were without water service`,
 * wikinews-water-main-bursts-white-plains-2020-08-13), or a capitalised name.
 */
const CLAUSE_OPENER =
  /^\s+(?:(?:he|she|they|it|we|I|there|the|a|an|this|these|those|its|his|her|their|our|some|all|no|many|most|several|both|half|one|two|three|four|five|six|seven|eight|nine|ten)\b|(?:over|about|around|nearly|almost|more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to|as\s+many\s+as|as\s+few\s+as)\s+(?:\d|half\b|a\s+(?:hundred|thousand|dozen|million|third|quarter)\b)|only\s+(?!(?:that|to|a|an|once|twice|when|if|after|before|in|on|at|for|with|by)\b)\p{Ll}{3,}s\b|\d|\p{Lu})/u;

/**
 * A verb only a clause has, before the clause's first comma: an auxiliary, a modal or a past tense, "-ed" or one of the
 * shared irregular past forms (`the aircraft struck the runway`, `the suspect fled`).
 */
const STRONG_VERB = new RegExp(
  String.raw`\b(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had|did|does|isn't|aren't|wasn't|weren't|won't|wouldn't|can't|couldn't|shouldn't|mustn't|hasn't|haven't|hadn't|didn't|doesn't|${IRREGULAR_PAST_FORM}|\p{Ll}{2,}ed)\b`,
  'u',
);

/** "this" right before a clause's verb: `this applied to …`, `this was likely …`. */
const THIS_CLAUSE = new RegExp(String.raw`^\s+this\s+${STRONG_VERB.source}`, 'u');

/**
 * A plural noun with no determiner right before a verb only a clause has: `said people changed their minds`, `said
 * prices had risen` (a bare plural is a clause's subject as often as "the" one is). Not a noun that is a verb's object
 * in turn (`said goodbye`): a plural's "-s" and a clause's verb right after it show the clause. A short phrase may
 * qualify the plural before its verb: `say populations with sufficiently high vaccination rates have enough herd
 * immunity` (wikinews-samoa-ends-measles-state-of-emergency-2020-01-01); up to two words may describe it before it:
 * `have claimed violent protesters were sent by the government` (fresh Wikinews, July 2020). "people" and "police" are
 * plurals with no "-s": `Opposition supporters say police had granted permission for the rally` (voa-uganda-police-tear-
 * gas-opposition-rally-2011-08-17). Not a preposition, an
 * adverb, a quantifier or an -ing form there, which would start a phrase of its own (`testified …, claiming some patients
 * deceived him`: the clause starts after "claiming").
 */
const BARE_PLURAL_SUBJECT = new RegExp(
  String.raw`^\s+(?:(?!(?:about|after|before|during|with|from|over|into|under|that|this|what|which|who|also|then|not|never|only|even|still|some|many|most|all|both|several|few)\b)\p{Ll}{3,}(?<!ing)\s+){0,2}(?:people|police|\p{Ll}{3,}[^s\W]s)\s+(?:(?:with|of|in|from|across)\s+(?:[\p{L}\d'’-]+\s+){1,5}?)?${STRONG_VERB.source}`,
  'u',
);

/**
 * Any noun with no determiner, perhaps with a short phrase after it, right before an auxiliary or a modal: `some
 * reports claim money was laundered via Panama and Switzerland` (wikinews-french-journalists-claim-gaddafi-promised-sarkozy-
 * campaign-2012-04-29), `Eurocontrol noted airspace was closed up to 32,000 feet` (wikinews-malaysia-airlines-flight-17-
 * shot-down-eastern-ukraine-2014-07-18), `Analysts have, however, suggested little had changed`. A finite auxiliary after a
 * bare noun makes it a clause's subject, never a verb's object. Not a word that opens no noun phrase (a pronoun, a
 * determiner, a preposition, an adverb in -ly, a participle in -ing), nor a time word ("said today was", read elsewhere).
 */
const BARE_WORD_SUBJECT =
  /^\s+(?!(?:about|after|before|during|with|from|over|into|under|that|this|these|those|what|which|who|whom|whose|also|then|not|never|only|even|still|again|too|instead|now|here|there|where|how|why|when|while|if|as|than|and|but|or|nor|so|yet|some|many|most|all|both|several|few|each|every|any|none|one|the|its|his|her|their|our|your|you|him|them|own|more|less|such|today|yesterday|tomorrow|tonight|earlier|later|once|twice|thus|hence|however|meanwhile|last|next)\b)\p{Ll}{3,}(?<!ing|ly)\s+(?:(?:with|of|in|on|from|across|at|for)\s+(?:[\p{L}\d'’-]+\s+){1,5}?)?(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had)\b/u;

/**
 * Whether a bare noun of any ending and an auxiliary open a clause at `at` (`BARE_WORD_SUBJECT`); asked only where a plain
 * verb of saying has no subject a reader took (unreadSubject.ts), in the body: elsewhere an object may stand there
 * ("discussed process was slow"), and a headline drops its articles ("Minister warns variant could delay reopening").
 */
export const opensBareWordClause = (text: string, at: number): boolean => BARE_WORD_SUBJECT.test(text.slice(at, at + CLAUSE_REACH));

/**
 * An abstract noun with no determiner, perhaps with a short phrase after it, then an auxiliary or a modal: `A 2015 federal
 * court decision said citizenship in United States territories can only be resolved by Congress` (wikinews-american-
 * samoans-citizenship-ruling-stayed-2019-12-16), `said inflation in the euro zone had risen`. Its ending shows the noun; only
 * an auxiliary or a modal shows the clause, not a word in -ed, which is as often a participle after the noun (`said in a
 * video statement released in conjunction with a visit`, fresh Wikinews, August 2019). One adjective may describe the noun:
 * `61 percent said female ascendance should be debated only after the abdication` (wikinews-national-diet-law-akihito-
 * abdicate-2017-06-10).
 */
const BARE_MASS_SUBJECT =
  /^\s+(?:\p{Ll}{3,}(?:al|ic|ive|ous|ary|ale)\s+)?\p{Ll}{3,}(?:ship|tion|sion|ity|ment|ness|ism|ance|ence)\s+(?:(?:with|of|in|from|across|at|for)\s+(?:[\p{L}\d'’-]+\s+){1,5}?)?(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had)\b/u;

/**
 * A noun with no determiner right before an auxiliary or a modal, after the comma that closes a time or an aside:
 * `reported on Thursday, coverage had risen to 55 percent` (a mass noun is a clause's subject as a bare plural is). Not
 * an adverb, nor elsewhere: a headline drops its articles ("Minister warns variant could delay reopening").
 */
const BARE_NOUN_SUBJECT =
  /^\s+(?!(?:also|then|now|later|earlier|previously|again|too|not|never|still|there|here|this|that|what|which|who)\b)\p{Ll}{3,}(?<!ly)\s+(?:had|has|have|was|were|is|are|will|would|could|can|should|must|may|might)\b/u;

/**
 * A subject pronoun and a word of the clause's own: `stated they want to stay in Hungary`, `said we expect a decision`.
 * The subject case shows the clause, whatever the verb's form (a plural present such as "want" or "believe" has no mark
 * of its own); "it" and "you" are left out, which an object may be ("said it", "told you"). A pronoun with its verb
 * contracted onto it is a clause whatever the pronoun (`said on last Wednesday they'd run out of stock`, `says there’s a
 * media “black-out”`).
 */
const PRONOUN_CLAUSE =
  /^\s+(?:(?:he|she|they|we|I)\s+(?!(?:and|or|but|nor|himself|herself|themselves|ourselves|myself)\b)\p{Ll}{2,}\b|(?:he|she|they|we|I|it|there|you)['’](?:d|ll|re|ve|s|m)\s)/u;

/**
 * A mass noun with no determiner right before an irregular past that only a clause's verb is: `some say flight grew up from
 * the ground, from runners` (wikinews-dinosaurs-flapped-wings-as-they-ran-2019-05-05). Not an "-ed" word, which is as often
 * a participle after its noun ("said goodbye", "reported cases confirmed by …").
 */
const BARE_NOUN_PAST = new RegExp(
  String.raw`^\s+(?!(?:also|then|now|later|earlier|again|too|not|never|still|that|this|what|which|who)\b)\p{Ll}{3,}(?<!s)\s+${IRREGULAR_PAST_FORM}\b`,
  'u',
);

/**
 * A name, one or two asides set off by commas, then an auxiliary and a word: `Protesters have claimed Iran, especially,
 * amongst other outside parties, is unduly influencing their government …` (wikinews-no-casualties-missile-strike-iraqi-
 * air-base-2019-11-10). The asides hold no verb of their own the auxiliary could belong to (no "who", "which", "that").
 */
const NAME_ASIDE_CLAUSE =
  /^\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:,\s+(?!(?:who|which|that|whose|where|when)\b)[^,;:"“”()]{2,40}){1,2},\s+(?:is|are|was|were|has|have|had|will|would|could|should|may|might)\s+\p{Ll}/u;

/**
 * A name, an appositive opened by an article that may hold a relative clause of its own, then an auxiliary or "do" and
 * a word: `Reports said O'Rourke, a former United States Representative who gained national recognition during his 2018
 * run for Senate against Ted Cruz, does not plan to run for Senate in 2020.` (wikinews-orourke-ends-us-presidential-bid-
 * 2019-11-04). The relative's verb is inside the commas; the auxiliary after the closing comma is the name's.
 */
const NAME_APPOSITIVE_CLAUSE =
  /^\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s+(?:a|an|the)\s+[^,;:"“”()]{2,160},\s+(?:is|are|was|were|has|have|had|will|would|could|should|may|might|does|did)\s+(?:not\s+)?\p{Ll}/u;

/** Whether the words at `at` open a clause with a subject pronoun (`PRONOUN_CLAUSE`). Offsets are UTF-16. */
export const opensPronounClause = (text: string, at: number): boolean => PRONOUN_CLAUSE.test(text.slice(at, at + 80));

/** How far past a verb its clause's first words are looked for, in UTF-16 code units. */
export const CLAUSE_REACH = 400;

const AUXILIARY = /\b(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had)\b/;

/**
 * Where a clause's first part ends: a comma, a semicolon, a colon, a quotation mark or a bracket; not the comma that
 * groups a number's digits ("said 24,000 Somalis have entered camps", voa-somali-refugees-more-aid-needed-kenya-2006-09-27).
 */
const PART_END = /(?<!\d),|,(?!\d{3}\b)|[;:"“”()]/;
const PART_END_UNQUOTED = /(?<!\d),|,(?!\d{3}\b)|[;:()]/;

/**
 * Whether the words at `at` open a clause that has a verb of its own within its first eight words and before a comma
 * (`128 vaccination teams participated`, `they planned to …`), as a clause with no "that" after a speech verb must.
 * Offsets are UTF-16, into the block's text.
 */
export function opensClause(text: string, at: number): boolean {
  // A clause's first words are all that is read: a bounded stretch, whatever the block's length.
  const rest = text.slice(at, at + CLAUSE_REACH);
  if (
    BARE_PLURAL_SUBJECT.test(rest) ||
    BARE_MASS_SUBJECT.test(rest) ||
    PRONOUN_CLAUSE.test(rest) ||
    BARE_NOUN_PAST.test(rest) ||
    NAME_ASIDE_CLAUSE.test(rest) ||
    NAME_APPOSITIVE_CLAUSE.test(rest) ||
    opensUndeterminedClause(text, at)
  )
    return true;
  if (!CLAUSE_OPENER.test(rest)) return false;
  // A partial quotation inside the clause is part of it (AP: partial quotes): "noted over 370 "jackal horns" seized in the
  // same period" (wikinews-police-arrest-twelve-jackal-tamil-nadu-2020-06-11), "said the union officials "went wild" and tried to
  // escape" (voa-zimbabwe-police-say-union-leaders-hurt-escape-2006-10-03). Its marks end no part; the quoted words keep
  // their own direct entry.
  const words = rest.split(PART_END_UNQUOTED, 1)[0]?.trim().split(/\s+/).slice(0, 8).join(' ') ?? '';
  // After "a"/"an" a word in -ed is as often a participle of a noun phrase ("an increased abundance of a fungus
  // associated with …") as a clause's verb: an auxiliary must show the clause.
  if (/^\s+an?\s/i.test(rest)) return AUXILIARY.test(words) || longSubject(rest);
  return STRONG_VERB.test(words) || longSubject(rest);
}

/** Words that open a clause or a phrase of their own inside a noun phrase, so that an auxiliary after them is theirs. */
const OWN_CLAUSE = /\b(?:that|which|who|whom|whose|where|when|while|whether|if|because|to)\b/;

/**
 * A subject longer than eight words whose auxiliary comes by the fourteenth, before any comma or full stop: `reported
 * three malls in Davao City and Gaisano Mall in Digos City were damaged following aftershocks` (wikinews-aftershocks-
 * philippines-earthquake-death-toll-2019-10-22). Only an auxiliary or a modal shows the clause there, and no word before
 * it may open a clause or a phrase of its own ("announced plans for a bridge across the river that will …").
 */
function longSubject(rest: string): boolean {
  const words =
    (rest.split(PART_END, 1)[0] ?? '')
      .split(/[.!?](?:\s|$)/, 1)[0]
      ?.trim()
      .split(/\s+/)
      .slice(0, 14)
      .join(' ') ?? '';
  const verb = AUXILIARY.exec(words);
  return verb !== null && !OWN_CLAUSE.test(words.slice(0, verb.index));
}

/**
 * Whether the words at `at` open a clause of any subject, not a phrase (`reconstruction will cost …`, not `to the
 * council`), with a verb only a clause has within its first eight words and before a comma. Offsets are UTF-16.
 */
export function opensBareClause(text: string, at: number): boolean {
  // A clause's first words are all that is read: a bounded stretch, whatever the block's length.
  const rest = text.slice(at, at + CLAUSE_REACH);
  if (NAME_ASIDE_CLAUSE.test(rest)) return true;
  // "The Labour Party have stated they support the continuation of Trident" (a fresh Wikinews page, session 49): a subject
  // pronoun can only open a clause, so the verb after it need not show its tense.
  if (/^\s+(?:he|she|they|we)\s+(?:\p{Ll}+ly\s+)?(?!(?:and|or|but|who|which|that|to|of|in|on|at|for|with|from|by)\b)\p{Ll}{2,}/u.test(rest)) return true;
  if (!/^\s+(?!(?:to|by|in|on|at|for|with|of|about|after|before|during|from|over|under|through|as|when|while|because|if)\b)[\p{L}\d]/u.test(rest)) return false;
  const words = rest.split(PART_END_UNQUOTED, 1)[0]?.trim().split(/\s+/).slice(0, 8).join(' ') ?? '';
  const verb = STRONG_VERB.exec(words);
  // An object noun phrase may hold a verb of its own: "pledged funds and Syria is taxing …", "estimated the number of
  // particles that should have been …", "disclosed new steps toward adhesives made by …": no clause is reported then.
  return verb !== null && !/\b(?:and|but|or|that|which|who)\b/.test(words.slice(0, verb.index)) && !/^\s+by\b/.test(words.slice(verb.index + verb[0].length));
}

/**
 * Whether a clause with no "that" opens with a number or an amount that has a verb of its own (`said 128 vaccination
 * teams participated`), or with "this" as its subject right before its verb (`said this applied to product tankers`,
 * not `said this week …`).
 */
export const opensCountClause = (text: string, at: number): boolean =>
  (/^\s+(?:\d|(?:over|about|around|nearly|almost|more|fewer|less|at\s+least|up\s+to|as\s+many\s+as)\s+(?:\d|a\s))/.test(text.slice(at, at + CLAUSE_REACH)) &&
    opensClause(text, at)) ||
  THIS_CLAUSE.test(text.slice(at, at + CLAUSE_REACH));

/**
 * Whether the words at `at`, right after a comma that closes a phrase or an aside set after a speech verb, open the
 * clause that was said (`said on Saturday, about 20 buildings collapsed`, `reported, citing Johns Hopkins University
 * data, there were over 1,000 US deaths`): Wikinews and wire copy set that comma where AP style would drop it. Not a
 * quotation (its own sieves read it), a "that" still to come (`said on Monday, the day after the vote, that …`), a
 * noun phrase with a participle (`on Twitter, the platform owned by …`) or a list (`12 deaths and 40 injured`).
 * Offsets are UTF-16, into the block's text.
 */
export function opensClauseAfterComma(text: string, at: number): boolean {
  const rest = text.slice(at, at + CLAUSE_REACH);
  if (!/^\s+[\p{L}\d]/u.test(rest) || !(opensClause(text, at) || BARE_NOUN_SUBJECT.test(rest))) return false;
  const words = rest.trim().split(/\s+/).slice(0, 8).join(' ');
  const firstPart = words.split(PART_END, 1)[0] ?? '';
  // "21 confirmed cases of the virus": a participle after a number or a determiner modifies a noun; another verb must
  // make the clause.
  const verbs = firstPart.replace(/(^|\s)(\d[\d,.]*|the|an?|its|their|his|her|our|these|those|some|all|many|several)\s+\p{Ll}{2,}ed\b/gu, '$1$2');
  return STRONG_VERB.test(verbs) && !/\bthat\b/.test(words) && !/\b(?:and|or|which|who|whose)\b/.test(firstPart) && !/\b\p{Ll}{2,}ed\s+by\b/u.test(firstPart);
}

/**
 * A bare clause's first word that cannot head an object: a pronoun, "there", a number. "explained the steps their
 * customers would take" and "remembered how meticulous he was" have an object there instead.
 */
const SUBJECT_WORD = /^\s+(?:(?:he|she|they|it|we|I|there|those|these|nobody|no\s+one|everyone)\b|\d)/;

/**
 * Whether a word, lower case, ending at `verbEnd` in the text, is a speech verb in the past that shares the subject of
 * the clause before "and" (`Alberto Pizango, called a press conference and stated that …`, `… expressed opposition …, and
 * suggested there were not enough votes`): with a clause after it, "that" or bare from a pronoun, "there" or a number, or
 * from "the" and a noun phrase right before an auxiliary (determinedClause.ts).
 * Not with an object, which is as often an act ("listened and wrote their emotions … on sticky notes", "but remembered
 * the images of …"), nor a verb that speaks only through a quote ("and called the demand …" is the next act).
 */
export const pastSpeech = (lower: string, text: string, verbEnd: number): boolean =>
  isSpeechVerb(lower) &&
  !QUOTE_ONLY_VERBS.has(lower) &&
  (/ed$/.test(lower) || IRREGULAR_PAST.has(lower)) &&
  (/^\s+that\b/.test(text.slice(verbEnd)) ||
    (SUBJECT_WORD.test(text.slice(verbEnd)) && opensBareClause(text, verbEnd)) ||
    opensPronounClause(text, verbEnd) ||
    opensDeterminedClause(text, verbEnd));
