import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { notACue } from './notACue';
import { opensClause } from './clauseStart';
import type { Subject } from '../types';
import { reportedQuote, type ReportedCase, type ReportedSieve } from './reported';

/** A second capitalised name after "and", then perhaps an appositive set off by commas: ` and Luís Borrelli Neto, the lawyers of Falha,`. */
const JOINT_THEN_APPOSITIVE = /^\s+and\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s+[^,;:"“”]{2,60},)?(?=\s)/u;

/**
 * A leading "as" clause in the passive, its agent after "by", then the comma that ends it: "As explained by co-author
 * Katherine Hayhoe, " and "As described by MIT researchers, " (wikinews-us-government-report-says-climate-change-is-human-
 * made-2017-11-04, wikinews-us-scientists-prototype-autonomous-origami-robot-2014-08-08). The verb is a speech verb's past
 * participle, perhaps after an adverb ("As first reported by …"): one that gives words, not a request met or a forecast
 * borne out ("As requested by the union, the plant closed", "As predicted by forecasters, the storm hit"), which are the
 * writer's account of what happened.
 */
const PASSIVE_AS =
  /^As\s+(?:\p{Ll}+ly\s+|first\s+|also\s+)?(explained|described|noted|stated|reported|said|told|pointed\s+out|mentioned|observed|announced|confirmed|revealed|indicated|argued|claimed|suggested|written)\s+by\s+(?=[^,;:"“”]{2,80},\s)/u;

/**
 * "As explained by co-author Katherine Hayhoe, the space over 100% indicates …": the passive form of "As Hayhoe
 * explained, …" gives the rest of the sentence to the agent after "by", as the active form gives it to its subject (the
 * golds of both articles above). An agent the text does not name as a whole ("MIT researchers", whose "MIT" is no
 * speaker) is the source as written, left unattributed. Undefined when the sentence opens with no such clause, so the active readings below try it; null or
 * the quote otherwise. Offsets are UTF-16, into the block's text.
 */
function passiveAsClause(c: ReportedCase, sentence: string): ReturnType<ReportedSieve> | undefined {
  const { block, text, range, end, cues } = c;
  const clause = PASSIVE_AS.exec(sentence);
  if (!clause) return undefined;
  const agentAt = range.start + clause[0].length;
  const comma = text.indexOf(',', agentAt);
  const named = cues.subjectAt(block, agentAt);
  const agent: Subject =
    named && named.ref.end <= comma && text.slice(named.ref.end, comma).trim() === ''
      ? named
      : { ref: { block, start: agentAt, end: comma }, entity: null, resolution: 'unattributed', antecedent: null };
  const quote = reportedQuote(c, agent, { block, start: range.start, end: comma }, comma + 1, end, 'reported-as-clause');
  return quote ? [quote] : null;
}

/**
 * The subject of an "as" clause at `at`: the body or person a possessive owner's name owns, when one is named right after
 * it ("As the Smithsonian’s National Postal Museum explains, when Congress passed the Air Mail Act …",
 * usgov-nasa-ames-heat-shields-emerging-space-companies-2024-03-07, is the museum's account, not the Smithsonian's
 * words), else whoever the words at `at` name.
 */
function asClauseSubject(c: ReportedCase, at: number): Subject | null {
  const owner = /^(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}['’]s\s+(?=\p{Lu})/u.exec(c.text.slice(at, c.end));
  const owned = owner ? c.cues.subjectAt(c.block, at + owner[0].length) : null;
  return owned?.entity ? owned : c.cues.subjectAt(c.block, at);
}

/**
 * "As Heald told The Huffington Post, US surface ozone has dropped …", "…, as the minister noted." and "Manto, as
 * Zahida Hina rightly says, was a visionary.": a cue in an "as" clause gives the rest of the sentence to its subject. Abstains when the "as" clause has no
 * speech verb ("As the storm approached, …") or no speaker mention.
 */
export const asCue: ReportedSieve = (c) => {
  const { block, text, range, end } = c;
  const sentence = text.slice(range.start, end);
  const passive = passiveAsClause(c, sentence);
  if (passive !== undefined) return passive;
  const leading = /^["“]?As\s+/.exec(sentence);
  const trailing = leading ? null : (/,\s+as\s+(?=[^,;:"“”]{2,120}$)/.exec(sentence) ?? /,\s+as\s+(?=[^,;:"“”]{2,80}(?:,[^,;:"“”]{2,60}){2}$)/.exec(sentence));
  // "Manto, as Zahida Hina rightly says, was a visionary.": an "as" clause set off inside the sentence, after its subject.
  const inner = leading || trailing ? null : /^[^,;:"“”]{2,60},\s+as\s+(?=[^,;:"“”]{2,60},\s)/.exec(sentence);
  const clause = leading ?? trailing ?? inner;
  if (!clause) return null;
  const subjectAt = range.start + clause.index + clause[0].length;
  const subject = asClauseSubject(c, subjectAt);
  if (!subject) return null;
  // "…, as Leopoldo Loureiro and Luís Borrelli Neto, the lawyers of Falha, stated [pt]." (gv-brazil-falha-countersues-
  // folha-2012-05-07): a second name joined by "and", and an appositive set off by commas, stand between a joint subject
  // and its verb; a link's language tag may follow the verb.
  const joint = trailing ? (JOINT_THEN_APPOSITIVE.exec(text.slice(subject.ref.end, end))?.[0].length ?? 0) : 0;
  const verb = /^\s+(?:[a-z]+ly\s+|also\s+|has\s+|had\s+|have\s+)?(\p{L}+)/u.exec(text.slice(subject.ref.end + joint, end));
  if (!verb?.[1] || !isSpeechVerb(verb[1])) return null;
  const verbEnd = subject.ref.end + joint + verb[0].length;
  // "As NASA continues its exploration of the solar system, …": the verb must report words here ("As he observed, …"
  // does: the "as" clause needs no "that").
  const lower = verb[1].toLowerCase();
  if (!/^observe[sd]$/.test(lower) && notACue(c, verbEnd - verb[1].length, verbEnd, lower)) return null;
  const cue = { block, start: subjectAt - (leading ? clause[0].length - (/^["“]/.test(clause[0]) ? 1 : 0) : 'as '.length), end: verbEnd };
  if (inner) {
    // The rest of the sentence after the clause's comma is what is said of the words before it.
    const rest = /^,\s+/.exec(text.slice(verbEnd, end));
    const quote = rest ? reportedQuote(c, subject, cue, verbEnd + rest[0].length, end, 'reported-as-clause') : null;
    return quote ? [quote] : null;
  }
  if (trailing) {
    // "…, as the network claims the cease and desist order did not cover …": a verb with a clause of its own after it
    // reports that clause (cueVerb.ts reads it); the words before the comma are the writer's.
    if (/^\s+that\b/.test(text.slice(verbEnd, end)) || opensClause(text, verbEnd)) return null;
    const quote = reportedQuote(c, subject, cue, range.start, range.start + trailing.index, 'reported-as-clause');
    return quote ? [quote] : null;
  }
  // The object of "told" runs to the clause's comma: "As Heald told The Huffington Post, …".
  const comma = /^[^,;:"“”]{0,60},/.exec(text.slice(verbEnd, end));
  if (!comma) return null;
  const quote = reportedQuote(c, subject, cue, verbEnd + comma[0].length, end, 'reported-as-clause');
  return quote ? [quote] : null;
};
