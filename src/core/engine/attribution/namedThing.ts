/**
 * The words right before an opening mark that introduce a name, not words spoken: `an individual named`, `also known
 * as`, `a post titled`, `the hashtag`. What follows is a name, a title or a hashtag, which docs/annotation-guide.md
 * counts as no quote ("Not quotes: titles of works, … nicknames, names of operations"). "Called" is left out: "what he
 * called “the freest and fairest elections”" quotes a speaker. So are signs and banners ("a banner reading “…”"): the
 * invented fixtures' gold counts their slogans as unattributed quotes, where the real corpus's guide counts none.
 */
const NAMING = /\b(?:named|nicknamed|dubbed|titled|entitled|known\s+as|the\s+(?:hashtags?|slogans?|motto))\s*[,:]?\s*(?:the\s+|a\s+|an\s+)?$/iu;

/**
 * A word or a headline mentioned rather than used: `the term "natural born Citizen"`, `a rather controversial headline
 * "…"` (docs/annotation-guide.md: "Scare quotes that nobody says (a single quoted word used as a term …) are not
 * quotes"). Not after a verb that puts the words in someone's mouth: `used the word "…"`, `repeated the phrase "…"`.
 */
const MENTIONED =
  /(?<!\b(?:us(?:e|es|ed|ing)|sa(?:y|ys|id|ying)|utter(?:s|ed|ing)?|repeat(?:s|ed|ing)?|invok(?:e|es|ed|ing)|chant(?:s|ed|ing)?|shout(?:s|ed|ing)?)\s+)\b(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:term|word|phrase|expression|headline|moniker|catchphrase|tagline|acronym|domain)\s*[,:]?\s*$/iu;
/**
 * A name given to a thing in the passive (`was commonly called "swine flu."`, `is known locally as "…"`) or with its
 * object before it (`named the virus that causes it "severe acute respiratory syndrome coronavirus 2"`): the guide's
 * "names and designations given to a thing". The active `called X "Y"` quotes its subject and is not here.
 */
const DESIGNATED =
  /(?:\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|now|often|still|sometimes|\p{Ll}+ly)\s+)?(?:called|termed|labell?ed)(?:\s+(?:the|a|an))?|\b(?:named|renamed|designated|christened)\s+(?:[\p{L}\d'’-]+\s+){1,6})\s*$/u;

/**
 * A thing introduced by the name it goes by, after the verb or preposition that takes it as object: `wrote a program
 * called “butterpy”`, `built an app called “…”`. Not a subject (`A spokesman called “…”` opens its sentence, with no
 * lower-case word before the article). Observed on real news: a NASA page's "wrote a program called “butterpy”".
 */
const THING_CALLED = /(?<=\b\p{Ll}+\s+)(?:a|an)\s+(?:[\p{Ll}-]+\s+){1,3}?called\s*$/u;

/**
 * Whether the quote whose opening mark is at `open` (UTF-16 offset in its paragraph) is set off after a naming cue:
 * a name, a slogan, a term or a headline mentioned, never speech.
 */
export const namesAThing = (text: string, open: number): boolean => {
  const before = text.slice(Math.max(0, open - 80), open);
  // "was called "a hero" by the president" is the president's phrase.
  const byAgent = /^.[^"“”]*["”]\s*,?\s+by\b/u.test(text.slice(open));
  return NAMING.test(before.slice(-60)) || THING_CALLED.test(before) || MENTIONED.test(before) || (DESIGNATED.test(before) && !byAgent);
};
