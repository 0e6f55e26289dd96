import { reportingVerbOf } from '../../lexicon/reportingVerbs';

/**
 * Words right before a speech verb's form that make it a noun: an article, a quantifier or a number ("the following
 * questions:", "two questions:", "several reports:", "Many thanks to everyone involved:"). Not "the" or a possessive,
 * whose noun may be someone's words ("The questions were:" over a newspaper's questions, "His answers:" over a blogger's,
 * a fresh Global Voices page), nor "that" or "who", after which the form is a relative clause's verb ("a commenter who
 * asks:").
 */
const NOUN_BEFORE = /(?:^|\s)(?:a|an|some|any|these|those|following|such|many|several|few|more|other|two|three|four|five|six|\d+)\s+$/i;

/**
 * Words right after it that make it a noun: a list's "like" or "such as", a verb of its own ("Questions included:"), "to
 * consider", or a relative clause set off by a comma ("system RAM estimates, which the development community uses to
 * understand several key factors, including:", an ARCIC story of 2013): a verb of speech takes what was said after it,
 * not ", which".
 */
const NOUN_AFTER = /^(?:\s+(?:like|such\s+as|included|include|includes|to\s+consider)\b|,\s*which\b)/i;

/**
 * Whether a speech verb's form at `at` in a colon cue's sentence is a noun there, so that the sentence introduces the
 * writer's own list rather than someone's words: `Proposals should be responsive to one of the following questions:`
 * (a fresh NASA page), `Consider important questions like:`, `Questions to Consider:`, `view and download several
 * reports:`, `the following warning banner:` (fresh digital.gov pages). docs/annotation-guide.md: a quote is words
 * someone is said to say; a list the writer sets out after a colon is no block quotation.
 */
function nounForm(sentence: string, word: string, at: number): boolean {
  return (
    NOUN_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)) ||
    NOUN_AFTER.test(sentence.slice(at + word.length)) ||
    (at === 0 && TITLE_OPENING.test(sentence))
  );
}

/**
 * A capitalised form opening the sentence, then "from" or "of" and a capitalised name: the first word of a blog's title
 * ("Notes from the Cuban Exile Quarter reported on a march …:", gv-caribbean-mothers-day-bloggers-2012-05-15; "Notes
 * from Port of Spain", a fresh Global Voices feed), whose verb comes later.
 */
const TITLE_OPENING = /^\p{Lu}\p{Ll}+\s+(?:from|of)\s+(?:the\s+)?\p{Lu}/u;

/** A phrasal reporting verb's form with no particle after it (`… players earn points:`, fresh digital.gov): a noun, no cue. */
function particleMissing(sentence: string, word: string, at: number): boolean {
  const particle = reportingVerbOf(word)?.lemma.split(' ')[1];
  return particle !== undefined && !new RegExp(`^(?:\\s+\\S+){0,2}?\\s+(?:${particle}|to)\\b`, 'i').test(sentence.slice(at + word.length));
}

/**
 * A reflexive pronoun right after the form: "A Group of Ethiopians calling themselves Ethiopian National Transition
 * Council posted a call …:" (Global Voices, Ethiopia, May 2012) gives the name the group goes by; it reports no words.
 */
const SELF_NAMING = /^\s+(?:himself|herself|themselves|itself)\b/;

/**
 * The participle "asking" reports only a request: "asking for …", "asking viewers to …", "asking them whether …". Before
 * a colon with anything else it is a way of doing something, whose questions are the writer's own: "it’s easy to create
 * a mini customer journey by asking two questions:" (digital.gov, "CX Day In Government", 2016-10-07).
 */
const REQUEST_AFTER = /^\s+(?:for\b|[^,:;]{1,60}?\s+(?:to\s+\p{Ll}|whether|if)\b)/u;

/**
 * Whether a speech verb's form at `at` in a colon cue's sentence is no verb of speech there: a noun ({@link nounForm},
 * `particleMissing`), a verb that names its own subject (`SELF_NAMING`), or an "asking" that requests nothing.
 */
export const noVerbHere = (sentence: string, word: string, at: number): boolean =>
  particleMissing(sentence, word, at) ||
  nounForm(sentence, word, at) ||
  SELF_NAMING.test(sentence.slice(at + word.length)) ||
  (/^asking$/i.test(word) && !REQUEST_AFTER.test(sentence.slice(at + word.length)));
