import { QUOTE_ONLY_VERBS } from '../../lexicon/quoteOnlyVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { opensBareClause, opensClause, opensPronounClause, pastSpeech } from './clauseStart';
import { opensDeterminedClause } from './determinedClause';
import { directsHere } from './directives';
import { tailOf, type ReportedCase } from './reported';

/**
 * A first-person subject in the clause: "I launched LibriVox, emailed some friends …, and invited them to record a
 * chapter" (wikinews-interview-librivox-founder-hugh-mcguire-2006-05-28) tells the interviewee's own acts, no report.
 */
const FIRST_PERSON = /(?:^|[\s,;"“])(?:I|[Ww]e)\s/u;

/**
 * A sentence that opens on a subordinate clause not yet closed by a comma: in `Although president Morales "suspended"
 * Decree 1126 on May 4 and called for a "Health Summit" in July, protesters demand …` (gv-bolivia-protests-sweep-
 * country-2012-05-10) the verb after "and" is the subordinate clause's, whose end the cue reader does not know.
 */
const SUBORDINATE_OPENING = /^\s*(?:although|though|even\s+though|while|whereas|when|whenever|if|because|since|as|after|before|once|unless|until)\b[^,;:]*$/iu;

/** A determiner opening the words after the verb: a noun phrase that may be an object. */
const DETERMINER = /^\s+(?:the|a|an|this|these|those|his|her|its|their|our|my|your)\s/i;

/** "and" or "but" after a word of the clause (a comma, "also", "then", "later" or a past auxiliary may come between). */
const AND_BEFORE = /[\p{L}\p{N}"”’)]\s*,?\s+(?:and|but)\s+(?:(?:has|have|had)\s+)?(?:also\s+|then\s+|later\s+)?$/u;

/**
 * Whether a verb joined by "and" or "but" to its clause's first verb reports speech of its own even though no subject
 * reader took the clause's subject: `The presidents of each country agreed to end the conflict, and said political ties
 * would be reinstated` (wikinews-south-american-leaders-end-border-dispute-2008-03-08), `Matthew Miller described it as
 * "completely inappropriate" and pointed out that Comey would not be allowed to answer …` (wikinews-trump-says-comey-
 * fired-over-russia-investigation-showboating-2017-05-13). A speech verb with a that-clause or a clause of its own after
 * it, a directive with its listener and "to", or a call: what was said is in the sentence, and its speaker is the clause's
 * subject the text does not let the engine read, so the quote stays unattributed (docs/annotation-guide.md: an
 * unreadable speaker is no reason to drop reported speech; abstaining is an honest answer). `lower` is the verb in lower
 * case ending at `verbEnd`, a UTF-16 offset in the case's block; `calls`, whether it is a call (`directives.ts`).
 */
export function unreadCoordinated(c: ReportedCase, lower: string, verbStart: number, verbEnd: number, calls: boolean): boolean {
  const { text, range, end } = c;
  const before = text.slice(range.start, verbStart);
  if (!AND_BEFORE.test(tailOf(text, range.start, verbStart)) || FIRST_PERSON.test(before) || SUBORDINATE_OPENING.test(before)) return false;
  const after = text.slice(verbEnd, end);
  // "Anwar, wept upon hearing her son had been convicted and said she believed he was innocent"
  // (wikinews-brother-of-qandeel-baloch-sentenced-to-life-2019-09-30): the content's own cue names its speaker by a pronoun,
  // which that cue reads.
  const inner = /^\s+(?:that\s+)?(?:he|she|they)\s+(\p{Ll}+)\s/u.exec(after);
  if (inner && isSpeechVerb(inner[1] ?? '')) return false;
  if (calls || directsHere(lower, after)) return true;
  if (!isSpeechVerb(lower) || QUOTE_ONLY_VERBS.has(lower) || lower.endsWith('ing')) return false;
  // "pointed out that", "said that": the "out" of a phrasal verb is read past.
  const past = verbEnd + (/^\s+out\b/.exec(after)?.[0].length ?? 0);
  // A determined object with a clause of its own ("explained the steps their customers would take") says nothing: a
  // determined subject must show its clause as past speech reads it (clauseStart.ts, determinedClause.ts).
  if (/^\s+that\s/.test(text.slice(past, end)) || pastSpeech(lower, text, past) || opensPronounClause(text, past)) return true;
  return DETERMINER.test(text.slice(past, past + 12)) ? opensDeterminedClause(text, past) : opensBareClause(text, past) && opensClause(text, past);
}
