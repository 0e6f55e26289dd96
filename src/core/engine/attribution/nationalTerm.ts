import { COUNTRY_BY_ADJECTIVE } from '../entities/lookups';

/** "the British " right before an opening mark: a determiner, then a nation's adjective. */
const NATION_BEFORE = /\b(?:the|a|an)\s+(\p{Lu}\p{Ll}+)\s+$/u;

/**
 * `the term "natural born citizen" derived from the British "natural born subjects" which included all people born
 * within the borders of the British empire` (wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30, whose gold lists
 * it as no quote): a few words in marks after a determiner and a nation's adjective are that nation's term, mentioned,
 * not said (docs/annotation-guide.md: "A term mentioned in marks"). Only a phrase: up to five words with no sentence's
 * end or comma in them. `open` is the UTF-16 offset of the opening mark in `text`.
 */
export function nationalTerm(text: string, open: number): boolean {
  const nation = NATION_BEFORE.exec(text.slice(Math.max(0, open - 30), open))?.[1];
  if (!nation || !COUNTRY_BY_ADJECTIVE.has(nation)) return false;
  const close = text.slice(open + 1).search(/["”’]/u);
  const term = close > 0 ? text.slice(open + 1, open + 1 + close).trim() : '';
  return term.length > 0 && !/[.,;:!?…]/u.test(term) && term.split(/\s+/).length <= 5;
}

/** "the 14th Amendment phrase " right before an opening mark: a term's noun after a determiner and up to two words. */
const TERM_NOUN_BEFORE = /\b(?:the|a|an|this|that)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:term|word|phrase|expression)\s*$/iu;
/** A verb right after the closing mark whose subject the marked words are: "… "subject to" referred primarily to …". */
const TERM_VERB_AFTER = /^\s*(?:referred|refers|refer|means|meant|is|was|applies|applied|covers|covered|includes|included|derived|derives|comes|came)\b/u;

/**
 * `he says the 14th Amendment phrase "subject to" referred primarily to children born to Indian tribes`
 * (wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30): a term's noun before the marks and a verb after them whose
 * subject the term is make the words a term mentioned, even after a speech verb ("says the phrase" may also put the
 * words in the speaker's mouth; then no verb follows). `open` is the UTF-16 offset of the opening mark in `text`.
 */
export function termAsSubject(text: string, open: number): boolean {
  if (!TERM_NOUN_BEFORE.test(text.slice(Math.max(0, open - 60), open))) return false;
  const close = text.slice(open + 1).search(/["”]/u);
  return close > 0 && TERM_VERB_AFTER.test(text.slice(open + 2 + close));
}
