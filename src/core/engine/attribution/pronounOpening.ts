import type { SentenceRange } from '../../sentences';
import { frontedComparisonBefore } from './frontedComparison';
import type { MentionIndex } from './mentions';

/**
 * A phrase set before a sentence's subject and closed by a comma: a preposition (`From Nairobi,`, `On Tuesday,`), a
 * sentence adverb (`Later,`, `Meanwhile,`) or a participle (`Speaking to reporters,`, `Asked about the number,`), at most
 * eight words with no clause break or quotation in them.
 */
const OPENING_PHRASE =
  /(?:In|On|At|Since|After|Before|During|From|For|By|With|As|When|While|Once|Under|Over|Despite|Following|Through|Until|Within|Without|Among|Amid|Like|Unlike|Last|This|However|Meanwhile|Later|Earlier|Today|Yesterday|Tonight|Still|Instead|Now|Then|Separately|Finally|Previously|Recently|Asked|\p{Lu}\p{Ll}+ing)\b(?:\s+[^\s,;:.!?"“”]+){0,7},\s+/u;

/** A he or she opening a sentence, after an opening quotation mark or an opening phrase (`OPENING_PHRASE`). */
const PRONOUN_SUBJECT = new RegExp(String.raw`^(\s*["“]?)(${OPENING_PHRASE.source})?(he|she|He|She)\b`, 'u');

/** The he or she that is a sentence's subject: as written, where (UTF-16 into the block's text), and whether a phrase opens the sentence before it. */
export interface OpeningPronoun {
  pronoun: string;
  start: number;
  opened: boolean;
}

/**
 * The he or she that is the subject of the sentence at `range` of a block: written first (`She was sworn in …`), or
 * after an opening phrase that names no person (`From Nairobi, he spoke to VOA English to Africa Service reporter Joe De
 * Capua about the rise in Somali refugees.`, voa-somali-refugees-thousand-a-day-kenya-2006-10-06). A name later in such
 * a sentence is an object or an oblique, never who it is about (Muzny et al. 2017, "A two-stage sieve approach for quote
 * attribution": the antecedent is the previous sentence's subject). A person in the opening phrase (`After Smith
 * arrived, he said`) may be whom the pronoun means, so the sentence is then left to the names. `start` is where the
 * pronoun is written, in UTF-16 code units into the block's text; null when the subject is no he/she.
 */
export function openingPronoun(text: string, block: number, range: SentenceRange, mentions: MentionIndex): OpeningPronoun | null {
  const found = PRONOUN_SUBJECT.exec(text.slice(range.start, range.end));
  const pronoun = found?.[3];
  if (!found || !pronoun) return comparedPronoun(text, range);
  const start = range.start + (found[1]?.length ?? 0) + (found[2]?.length ?? 0);
  if (mentions.between(block, range.start, start).some((m) => m.entity.type === 'person')) return null;
  return { pronoun, start, opened: found[2] !== undefined };
}

/**
 * The he or she after a comparison fronted before it (`frontedComparisonBefore`), however long: "Like many others,
 * including …, GVO author Marwa Rakha … and Doaa [Ar], he believed …" (gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06).
 * The people the comparison names are not whom the pronoun means, so they do not stop it being the subject.
 */
function comparedPronoun(text: string, range: SentenceRange): OpeningPronoun | null {
  const sentence = text.slice(range.start, range.end);
  const comma = /,\s+(he|she|He|She)\b/gu;
  for (let found = comma.exec(sentence); found; found = comma.exec(sentence)) {
    const pronoun = found[1] ?? '';
    const start = range.start + found.index + found[0].length - pronoun.length;
    if (frontedComparisonBefore(text, range.start, start)) return { pronoun, start, opened: true };
  }
  return null;
}

/**
 * The he or she of a cue that follows a quote in the sentence at `range` (`"I cannot accept Uribe's lies," he said.`,
 * AMALGUM_news_leaders), lower case; '' when there is none. Such a he is the quote's speaker, as a subject pronoun is
 * the sentence's: when it is left unresolved, a later he means that unnamed speaker, not a name inside the quote. The
 * pronoun and the verb after it are matched in lower case only, as a cue that goes on after the mark is written: a
 * capital ("today.” He added:") opens another sentence, whose he is that sentence's subject, not this quote's cue.
 */
export function cuePronoun(text: string, range: SentenceRange): string {
  return /[”"],?\s+(he|she)\s+(?:also\s+)?\p{Ll}+/u.exec(text.slice(range.start, range.end))?.[1] ?? '';
}
