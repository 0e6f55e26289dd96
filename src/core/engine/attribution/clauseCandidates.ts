import { CLAUSE_SUBJECT_PAST } from '../lexicon/clauseSubjectPast';
import { ORGANIZATION_KINDS } from '../lexicon/organizationKinds';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { MentionIndex } from './mentions';
import type { Subject } from './types';
import { mediumAfterSubject } from './mediumAfterSubject';

const AUXILIARY = /^(?:has|have|had|was|were|is|are|will|would|could|can|should|did|does|do|may|might|must)$/;
/** The verb right after a clause's subject, past an adverb: "Marvin Sambur defended", "he also talks". */
export const VERB_AFTER = /^\s+(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?(\p{Ll}+)\b/u;
/** A word that makes the name after it its object, not a subject: "consideration of Boeing", "an email … to James Roche". */
const PREPOSITION_BEFORE = /\b(?:of|for|to|by|with|at|from|about|on|in|into|against|over|than|like|between|among|under|toward|towards)\s+(?:the\s+)?$/i;
/** An appositive set off by commas after a name: ", fiancée of journalist Jamal Khashoggi,", ", the mayor of Springfield,". */
const APPOSITIVE_AFTER = /^,\s+(?!(?:and|but|or|who|which|that)\b)[^,;:"“”]{2,80}?,(?=\s)/;
/**
 * A relative clause that only says who someone is, after a name and closed by a comma, the comma before it sometimes
 * left out: ", who is the country's first openly-gay Taoiseach,", " who is the owner of Divi Divi Air," (the name then
 * speaks with the main clause's verb after it; wikinews-british-pilot-dies-plane-crash-nine-passengers-survive-2009-10-25).
 * The closing comma may be left out too, the clause then ending before the main clause's past verb: `Irish Taoiseach Leo
 * Varadkar, who is the country's first openly-gay Taoiseach addressed the Dáil saying, "…"` (wikinews-dublin-pride-2018-
 * attracts-tens-of-thousands-2018-07-03).
 */
const DESCRIBING_RELATIVE =
  /^,?\s+who\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:the|a|an|one|his|her|their)\s[^,;:"“”]{2,80}?(?:,(?=\s)|(?=\s\p{Ll}{2,}ed\s))/u;
/**
 * Where a person works or sits, right after their name and before their verb: " of the House of Lords", " from NASA's
 * Goddard Space Flight Center" — "of", "from" or "at", then a capitalised name with its small words, up to a lower-case word.
 */
const AFFILIATED_BODY = /^\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|on|the|de)\s+)*\p{Lu}[\p{L}'’.&-]*){0,6}(?=\s+\p{Ll})/u;
/** A second clause joined by "and" with a capitalised subject and its verb: "… and Crippen brought Challenger down". */
const JOINED_CLAUSE = /\band\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(\p{Ll}+)\b/gu;

/** A name, pronoun or role phrase that may be a clause's subject: where it is, and whether it is a person (or pronoun). */
export interface Candidate {
  at: number;
  end: number;
  person: boolean;
}

/** Whether a lower-case word after a name or pronoun is a finite verb of which it is the subject. */
function finite(word: string, personOrPronoun: boolean): boolean {
  if (AUXILIARY.test(word) || CLAUSE_SUBJECT_PAST.has(word) || isSpeechVerb(word)) return !word.endsWith('ing');
  if (/^\p{Ll}{3,}ed$/u.test(word)) return true;
  // "Airbus tankers": after an organisation or place an -s word is as often a plural noun as a verb.
  return personOrPronoun && /^\p{Ll}{3,}(?<!ss|us|is)s$/u.test(word);
}

/** The last main clause before a participle's comma: `text` of the block, the clause's start and the comma's offset. */
export interface ClauseSpan {
  text: string;
  clause: number;
  comma: number;
}

/**
 * The words of a clause that may be its subject, in reading order: the speaker words it opens with (if they end before
 * the comma), each mention inside it, and each personal pronoun ("he", "they").
 */
export function clauseCandidates(
  { text, clause, comma }: ClauseSpan,
  block: number,
  mentions: MentionIndex,
  subjectAt: (block: number, at: number) => Subject | null,
): Array<Candidate> {
  const candidates: Array<Candidate> = [];
  const opener = subjectAt(block, clause);
  if (opener && opener.ref.end <= comma) candidates.push({ at: clause, end: opener.ref.end, person: true });
  for (const m of mentions.between(block, clause, comma))
    if (m.start >= clause && m.end <= comma) candidates.push({ at: m.start, end: m.end, person: m.entity.type === 'person' });
  for (const p of text.slice(clause, comma).matchAll(/\b(?:he|she|they|He|She|They)\b/g))
    candidates.push({ at: clause + p.index, end: clause + p.index + p[0].length, person: true });
  candidates.sort((a, b) => a.at - b.at);
  return candidates;
}

/**
 * How many UTF-16 code units stand between a candidate and its verb: an appositive, a name's closing comma, a gloss in
 * parentheses, an organisation's kind noun, or a body's name set off by commas; 0 when the verb follows at once.
 */
export function skipAfter({ text, clause, comma }: ClauseSpan, candidate: Candidate): number {
  // "Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters …, calling for …": past an appositive,
  // or a relative clause saying who the person is ("Germaine Richie who is the owner of Divi Divi Air, made a comment").
  const after = text.slice(candidate.end, comma);
  const appositive = candidate.person ? ((APPOSITIVE_AFTER.exec(after) ?? DESCRIBING_RELATIVE.exec(after))?.[0].length ?? 0) : 0;
  // "Justice Minister, Sebastian Zulu, quickly issued …": a name set off by commas after its title closes with a comma.
  const closing = candidate.person && /,\s+$/.test(text.slice(clause, candidate.at)) && /^,\s/.test(text.slice(candidate.end)) ? 1 : 0;
  // "Antonio Arles (@arlesophia) comments …": past a handle or gloss in parentheses after a person's name.
  const gloss = candidate.person ? (/^\s*\([^()]{1,40}\)/.exec(text.slice(candidate.end, comma))?.[0].length ?? 0) : 0;
  // "Al Hayat newspaper did apologise …, saying": past the kind noun an organisation's name modifies.
  const kind = candidate.person ? null : /^\s+(\p{Ll}+)(?=\s)/u.exec(text.slice(candidate.end, comma));
  const kindNoun = kind?.[1] && ORGANIZATION_KINDS.has(kind[1]) ? kind[0].length : 0;
  // "One of these groups, the Syrian Democratic Forces (SDF), opposed the withdrawal and said": a body's name set off by
  // commas after a description of it closes with its comma, past its acronym (wikinews-trump-announces-troop-
  // withdrawal-from-syria-2019-10-08).
  const setOff = !candidate.person && /,\s+(?:the\s+)?$/.test(text.slice(clause, candidate.at));
  const named = setOff ? (/^(?:\s*\([^()]{1,40}\))?,(?=\s)/.exec(text.slice(candidate.end, comma))?.[0].length ?? 0) : 0;
  // "A tweet sent from Biden's Twitter account during the debate repeated …" (wikinews-biden-announces-kamala-harris-
  // running-mate-2020-08-12): past a "during" phrase of time, which is never the subject's nor the verb's object, up to
  // a past verb.
  const during = /^\s+during\s+(?:the|a|an|this|that|his|her|its|their)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+(?=\s+(?:\p{Ll}{3,}ed|said|wrote|told)\b)/u.exec(
    text.slice(candidate.end, comma),
  );
  // "Roger Roberts of the House of Lords initiated the petition, and stated:" (wikinews-gay-iranian-awaits-decision-asylum-
  // 2008-03-14): past the body a person belongs to, as past an appositive.
  const affiliation = candidate.person ? (AFFILIATED_BODY.exec(text.slice(candidate.end, comma))?.[0].length ?? 0) : 0;
  return Math.max(appositive, closing, gloss, kindNoun, named, affiliation, during?.[0].length ?? 0, mediumAfterSubject(text.slice(candidate.end, comma)));
}

/** The finite verb a candidate is the subject of, past what `skipAfter` skips; null after a preposition or with no such verb. */
export function verbOf(span: ClauseSpan, candidate: Candidate): string | null {
  const { text, clause, comma } = span;
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(clause, candidate.at - 20), candidate.at))) return null;
  const verb = VERB_AFTER.exec(text.slice(candidate.end + skipAfter(span, candidate), comma))?.[1];
  return verb && finite(verb, candidate.person) ? verb : null;
}

/**
 * Whether two people each with a verb of their own make two clauses before the comma, so the participle may hang on
 * either: "Scobee lowered the landing gear … and Crippen brought Challenger down …, calling out “…”".
 */
export function severalActors(
  span: ClauseSpan,
  block: number,
  candidates: ReadonlyArray<Candidate>,
  subjectAt: (block: number, at: number) => Subject | null,
): boolean {
  const { text, clause, comma } = span;
  const actors = new Set<string>();
  for (const c of candidates.filter((c) => c.person && verbOf(span, c))) {
    const entity = subjectAt(block, c.at)?.entity;
    if (entity?.type === 'person') actors.add(entity.key);
    else if (/^(?:he|she|they)$/i.test(text.slice(c.at, c.end))) actors.add(`pronoun@${c.at}`);
  }
  // A name the name pass missed opens the second clause as well ("… and Crippen brought …").
  for (const [, name = '', verb = ''] of text.slice(clause, comma).matchAll(JOINED_CLAUSE)) {
    const same = candidates.some((c) => c.person && subjectAt(block, c.at)?.entity?.name.includes(name));
    if (finite(verb, true) && !same) actors.add(`name:${name}`);
  }
  return actors.size > 1;
}
