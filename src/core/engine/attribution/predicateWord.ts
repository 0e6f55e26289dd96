import { CHANT_WORDS } from '../lexicon/chantWords';
import { SAYING_NOUNS } from '../lexicon/sayingNouns';
import { SHOWN_WORDS } from '../lexicon/shownWords';
import { WORD_NOUNS } from '../lexicon/wordNouns';

/** "is", "was", "remained", "seem" … with at most "not" or one degree word after it, right before the mark. */
const LINKED = /(\p{L}+)\s+(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed)(?:\s+(?:not|very|so|too|quite|rather|\p{Ll}{3,}ly))?\s+$/iu;
/** One lower-case word, perhaps with its sentence's stop or comma inside the marks. */
const ONE_WORD = /^\p{Ll}[\p{Ll}'’-]*\p{Ll}[.,!?]?$/u;
/**
 * Endings of a noun ("-ness", "-ity", "-tion", "-ence" …) or a plural (not "-ous", "-less"): a noun after "is" names
 * what a thing is and may be a term ("the spores are “endospores”"), so the rule keeps to adjectives.
 */
const NOUN_LIKE = /(?:ness|ity|ities|tion|sion|ment|ism|ship|hood|dom|ance|ence|[^su]s)[.,!?]?$/u;
/**
 * Endings of an adjective or a participle ("regrettable", "ignorant", "satisfactory", "horrific", "stingy", "rigged"):
 * a bare noun after "is" ("most of it is “junk” or “spam”", a fresh Wikinews page) may name a kind of thing, so a word
 * without one is left to the writer. No "-ty", "-cy", "-gy" but "-ngy", "-ry", "-ey" ("policy", "energy", "money"): nouns.
 */
const ADJECTIVE_LIKE = /(?:[ai]ble|al|ic|ous|ful|less|ive|ant|ent|ary|ory|ish|ed|ing|[^tcgre]y|ngy)[.,!?]?$/u;
/** What may follow a predicate adjective outside the marks: punctuation, a conjunction or a preposition; not a noun. */
const AFTER =
  /^["”’]?(?:\s*(?:[.,;:!?)—–]|$)|\s+(?:and|or|but|as|than|to|in|for|with|by|at|on|of|after|before|because|since|following|when|while|if|from|about|during|despite|though|although|according|given|due)\b)/u;

/**
 * Whether one word in marks is a predicate adjective, the judgement a speaker passes on the subject in their own word:
 * `stating that … the intrusion was due to a “technical error” and was “regrettable.”` (wikinews-chinese-submarine-
 * enters-japanese-waters-2004-11-18), `saying they are “ignorant” and out of touch` (wikinews-suicide-bomber-us-base-
 * afghanistan-al-qaeda-double-agent-2010-01-05). The AP Stylebook's partial quote: such a word is kept as the speaker's
 * only inside reported speech whose speaker is named (`sentenceQuotes.ts`). Not a noun or a plural ("two “hands”",
 * "“spores”", fresh NASA pages: terms), not a word after "word", "theme", "answer" … and "is" (a word used as a word),
 * not a word before a noun ("“smart” grid"), not a word with no adjective's ending: comparatives ("were “thicker” and
 * “stronger”", a fresh Wikinews page) are left, as their ending is also that of "water". `direct` holds the opening
 * mark's UTF-16 offset and the words' half-open span; `sentenceStart` is the sentence's offset.
 */
export function predicateWord(text: string, sentenceStart: number, direct: { open: number; start: number; end: number }): boolean {
  const word = text.slice(direct.start, direct.end);
  if (!ONE_WORD.test(word) || NOUN_LIKE.test(word) || !ADJECTIVE_LIKE.test(word)) return false;
  const linked = LINKED.exec(text.slice(sentenceStart, direct.open));
  if (!linked) return false;
  const subject = (linked[1] ?? '').toLowerCase();
  if ([WORD_NOUNS, SHOWN_WORDS, SAYING_NOUNS, CHANT_WORDS].some((nouns) => nouns.has(subject))) return false;
  return /[.!?]$/.test(word) || AFTER.test(text.slice(direct.end));
}

/** The closing mark, then one lower-case word that the marked word qualifies: "a “minimal” amount", "“unusual” burns". */
const NOUN_AFTER = /^["”’']?\s+\p{Ll}{3,}\b/u;

/**
 * Whether one word in marks is an evaluative adjective set before the noun it qualifies: `there is only a "minimal"
 * amount left` (Andrew Noyes, Facebook's spokesman, noted that …: wikinews-egypt-anti-government-protests-continue-internet-
 * shut-down-2011-01-28), `had "unusual" burns on their bodies` (Dr. Mohammad Aref Jalali says that …), `what he termed an
 * "unjust" campaign`. A speaker's judgement in their own word, the AP Stylebook's partial quote, as {@link predicateWord}
 * is; kept only inside reported speech whose speaker is named (`sentenceQuotes.ts`). Not a noun or a word without an
 * adjective's ending ("“smart” grid", a term), nor a word after "as". `direct` holds the opening mark's UTF-16 offset
 * and the words' half-open span.
 */
export function attributiveWord(text: string, direct: { open: number; start: number; end: number }): boolean {
  const word = text.slice(direct.start, direct.end);
  // "a launch that member states saw as a "provocative" move": after "as" the word names what someone saw it as, which
  // is that one's word, not the reported speaker's (relativeSubjectAs.ts).
  if (/\bas(?:\s+(?:a|an|the))?\s*$/i.test(text.slice(Math.max(0, direct.open - 12), direct.open))) return false;
  return /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u.test(word) && !NOUN_LIKE.test(word) && ADJECTIVE_LIKE.test(word) && NOUN_AFTER.test(text.slice(direct.end));
}
