import { endsOnSpeechVerb } from './verbBeforeSource';
import { LANGUAGE_TAG } from '../../languageTag';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import type { FoundQuote, Located, Subject } from '../types';
import { accordingSource, sourceSpeaker } from './accordingSource';
import { nameAfterRole } from './appositiveName';
import { bareLeadingSource } from './bareSource';
import { bodyBeforeSubject } from './bodyBeforeSubject';
import { andThatParts } from './andThat';
import { clauseEnd } from './clauseEnd';
import { pastCoordinatedSource } from './coordinatedSource';
import { insideDirect, reportedQuote, type ReportedCase, type ReportedSieve } from './reported';
import { leadingPer } from './leadingPer';
import { midSentenceClause } from './midSource';
import { relativePredicate } from './relativeSource';
import { roleThenName } from './roleThenName';
import { ownerAfter } from './ownerAfter';
import { descriptorLength } from './sourceDescriptor';
import { saysSomeone, saysThat } from './speechOfItsOwn';
import { beforeOtherVoice } from './semicolon';

const TRAILING_TAGS = new RegExp(String.raw`(?:\s*${LANGUAGE_TAG})+$`);

/**
 * The sentence without link language tags at its end (`…, according to Enlace Nacional [es].`, Global Voices): they
 * mark the source's link, and are no words of the source's name.
 */
function withoutTrailingTags(c: ReportedCase): ReportedCase {
  const sentence = c.text.slice(c.range.start, c.end);
  // Only a sentence ending in "]" can end in tags: the end-anchored pattern is not tried at every offset of the others.
  const tags = sentence.endsWith(']') ? TRAILING_TAGS.exec(sentence) : null;
  return tags ? { ...c, end: c.end - tags[0].length } : c;
}

/** A sentence's opening subordinate clause up to its comma: "While …, ", "Although …, ". */
const SUBORDINATE_OPENING = /^(?:While|Although|Though|Whereas|Because|Since|If|When|After|Before)\s[^,]*,\s*$/u;

/**
 * A sentence adverb and its comma before "according to": "However, according to The Australian, …" (wikinews-cleo-dolly-
 * merger-leaves-editor-sharri-markson-out-of-work-2013-11-08), "Next, according to Fitzsimons, he fired a third shot, …"
 * (wikinews-uk-mercenary-fitzsimons-gives-evidence-iraq-2011-01-24). The adverb links the sentence to the one before and
 * is no part of what the source said, so the source still leads its clause (the golds of both).
 */
const CONNECTIVE_OPENING =
  /^[\s"“]*(?:However|But|Yet|Still|Meanwhile|Moreover|Furthermore|Further|Also|Next|Then|Later|Earlier|Instead|Indeed|Similarly|Likewise|Finally|Elsewhere|Nevertheless|Nonetheless|Additionally|In\s+addition|In\s+contrast|By\s+contrast),\s*$/u;

/** A source's description set off after it and running to the sentence's end: ", the mayor of Liverpool." */
const DESCRIPTION_TO_END = /^,\s+(?:the|a|an|its|his|her|their)\s+[^,;:"“”()]{1,80}?[.!?]?\s*$/u;

/** A word that makes a clause of the words after a source: a form of "be", "have" or a modal, or a past form. */
const FINITE_WORD = /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|\p{Ll}{2,}ed)\b/u;

/** Whether `rest`, from right after a source, is only the source's description, to the sentence's end. */
export const describedToTheEnd = (rest: string): boolean => DESCRIPTION_TO_END.test(rest) && !FINITE_WORD.test(rest);

/**
 * "According to X, …" and "…, according to X.": the content is the rest of the sentence, after a
 * descriptor's comma where the source has one ("According to the RIA news agency, …").
 */
export const accordingTo: ReportedSieve = (c) => readAccordingTo(withoutTrailingTags(c));

function readAccordingTo(c: ReportedCase): ReturnType<ReportedSieve> {
  const { block, text, range, end } = c;
  const according = /according\s+to\s+/i.exec(text.slice(range.start, range.end)) ?? leadingPer(c);
  if (!according || insideDirect(c, range.start + according.index)) return null;
  const at = range.start + according.index;
  const sourceAt = at + according[0].length;
  const found = accordingSource(c, sourceAt);
  // "According to the Arts and Humanities Citation Index Professor Chomsky is …": a source with no comma after it.
  const bare = found || !/^[\s"“]*$/.test(text.slice(range.start, at)) ? null : bareLeadingSource(c, sourceAt);
  if (bare)
    return [reportedQuote(c, bare.source, { block, start: at, end: bare.source.ref.end }, bare.contentStart, end, 'reported-according-to')].filter(
      (q): q is NonNullable<typeof q> => q !== null,
    );
  if (!found) return null;
  const subject = roleThenName(c, sourceSpeaker(c, found, sourceAt));
  const cue = { block, start: at, end: subject.ref.end };
  // "Wikinews has learned that according to an Internet posting …, the Church's website is being attacked": after a
  // "that" with no speech verb before it, the source leads the clause it opens.
  const before = text.slice(range.start, at);
  // "Fitness was a big factor in that according to Kidston": a "that" a preposition governs is a pronoun, and the source
  // trails its clause.
  const leadingThat = /\bthat\s+$/.test(before) && !/\b(?:in|of|on|at|for|with|by|to|from|about|like|than)\s+that\s+$/i.test(before);
  // "The government suggested …; according to prosecutors, he owed over $850,000 …" (fresh Wikinews, Avenatti convicted,
  // February 2020): a semicolon joins a clause of its own (AP Stylebook, "semicolon"), which the source leads.
  // "The carpark itself was severely damaged; according to Joe Anderson, the mayor of Liverpool." (wikinews-liverpool-
  // carpark-fire-destroys-1300-vehicles-2018-01-03): where only the source's description follows it, the source trails the
  // clause before the semicolon, as after a comma.
  const afterSemicolon = /;\s*$/.test(before) && !insideDirect(c, at - 1) && !describedToTheEnd(text.slice(subject.ref.end, end));
  const leading =
    /^[\s"“]*$/.test(before) ||
    CONNECTIVE_OPENING.test(before) ||
    afterSemicolon ||
    (leadingThat && ![...before.matchAll(/\p{L}+/gu)].some((w) => isSpeechVerb(w[0])));
  const descriptor = leading ? descriptorLength(c, subject) : undefined;
  if (descriptor !== undefined) cue.end = subject.ref.end + descriptor - 1;
  // "According to the New Zealand Herald, Emeritus Professor John Burrows, …, said …": the source reports what a
  // person said, and that person is the speaker; the cue-verb sieve reads the sentence.
  const afterSource = descriptor !== undefined ? subject.ref.end + descriptor : subject.ref.end;
  // A described source's appositive may be the name itself ("According to a witness, Sergeant … Michael Marciello, …").
  const named = leading && descriptor !== undefined ? (nameAfterRole(c, subject, subject.ref.end + 1) ?? nameAfterRole(c, subject, afterSource)) : null;
  if (named) cue.end = named.subject.ref.end;
  // "According to the police and a statement by the baby's father …, when the mother returned, …": a second source joined by
  // "and" is the cue's too (coordinatedSource.ts).
  const contentStart = named?.contentStart ?? (leading ? pastCoordinatedSource(text, afterSource, end) : afterSource);
  if (contentStart !== afterSource && !named) cue.end = text.slice(0, contentStart).replace(/[\s,]+$/, '').length;
  if (leading && saysSomeone(c, contentStart, end)) return named ? null : aroundReport(c, subject, cue, contentStart);
  // "The blog X says that … has shown results of "…", between 1999-2009, according to IBGE data": a sentence with a
  // cue of its own says who speaks; the trailing source only backs a figure in it.
  if (!leading && (saysSomeone(c, range.start, at, true) || saysThat(c, range.start, at))) return null;
  const trailing = leading ? undefined : trailingSourceReading(c, subject, cue, at, before);
  if (trailing !== undefined) return trailing;
  // "According to U.S. Attorney Bash, the manifesto … could strengthen the federal government's case: "The key factor …"":
  // a colon that opens a quotation ends the reported clause, as after a cue verb; so does ", but" bringing in the writer's
  // own clause ("According to the commonwealth's constitution, the Secretary of State would normally succeed the governor,
  // but that office stands vacant …", wikinews-puerto-rico-governor-announces-resignation-2019-07-28).
  const split = leading && !named ? bodyBeforeSubject(c, subject, contentStart) : null;
  if (split)
    return [reportedQuote(c, split.source, { block, start: at, end: split.source.ref.end }, split.contentStart, end, 'reported-according-to')].filter(
      (q) => q !== null,
    );
  // "Colin Sutherland, … decided, according to the summary, "that …"" (wikinews-scottish-court-finds-parliament-suspension-
  // unlawful-2019-09-13): a source between a verb and the words it takes leaves only subject and verb before it.
  if (!leading && /^\s*,\s*(?:["“]|that\b)/.test(text.slice(subject.ref.end, end)) && endsOnSpeechVerb(before.replace(/[\s,]+$/, ''))) return null;
  // "According to him, he had never "looked down upon any culture of anyone" and that no one has the authority of judging
  // other cultures." (wikinews-britain-thinks-africans-barbaric-claims-south-african-president-2010-03-03): a leading source
  // reports each clause a second "that" opens as its own statement, as a cue verb does (andThat.ts).
  const speaker = leading ? (named?.subject ?? ownerAfter(c, subject, contentStart)) : subject;
  const quotes = leading
    ? andThatParts(text, contentStart, leadEnd(text, contentStart, end), (offset) => insideDirect(c, offset)).map((part) =>
        reportedQuote(c, speaker, cue, part.start, part.end, 'reported-according-to'),
      )
    : [reportedQuote(c, speaker, cue, range.start, at, 'reported-according-to')];
  // "The shooting began at 10:39 a.m., according to police, who said officers arrived …": the source goes on speaking.
  const more = leading ? null : /^,\s+who\s+(?:also\s+)?(said|says|added|noted)\s+(?:that\s+)?/.exec(text.slice(subject.ref.end, end));
  const goesOn =
    more &&
    reportedQuote(
      c,
      subject,
      { block, start: at, end: subject.ref.end + more[0].trimEnd().length },
      subject.ref.end + more[0].length,
      end,
      'reported-according-to',
    );
  return [...quotes, goesOn, leading ? null : relativeTeller(c, subject.ref.end)].filter((q): q is NonNullable<typeof q> => q !== null);
}

/**
 * The readings of a source that trails the words it backs ("…, according to X"), when one of these shapes holds: set off
 * between a subject and its speech verb, after an opening subordinate clause with no comma after it, or inside a clause
 * (`midSentenceClause`); undefined when none does, and the sentence is read as a trailing source's. `cue` runs from
 * "according to" (at `at`) to the source's end, `before` is the sentence's text before `at`.
 */
function trailingSourceReading(c: ReportedCase, subject: Subject, cue: Located, at: number, before: string): ReturnType<ReportedSieve> | undefined {
  const { block, text, range, end } = c;
  // "Witnesses, according to The Telegraph, said a man approached …" (fresh Wikinews, Reading stabbing, June 2020): a
  // source set off between a subject and its speech verb credits the outlet with the subject's words; the words before
  // it are only the subject, never what was said.
  const verbAfter = /^\s*,\s+(?:also\s+|\p{Ll}+ly\s+)?(\p{Ll}+)(?:\s+that\b)?/u.exec(text.slice(subject.ref.end, end));
  if (verbAfter && isSpeechVerb(verbAfter[1] ?? '')) return setOffSource(c, at, subject.ref.end + verbAfter[0].length);
  // "While some ancient Egyptian writers made passing mention of feeding bread …, according to Wasef archaeologists have
  // not yet turned up any hatchery structures." (fresh Wikinews page, November 2019): after an opening subordinate clause,
  // a source with no comma after it leads the clause that follows it; the subordinate clause is the writer's.
  if (SUBORDINATE_OPENING.test(before) && /^\s+(?!(?:in|on|at|from|during|who|which|that|and|but|via)\b)\p{Ll}/u.test(text.slice(subject.ref.end, end))) {
    const led = reportedQuote(c, subject, cue, subject.ref.end, end, 'reported-according-to');
    return led ? [led] : [];
  }
  const relative = relativePredicate(c, range.start, at, subject.ref.end);
  if (relative) {
    const backed = reportedQuote(c, subject, cue, relative.start, relative.end, 'reported-according-to');
    return backed ? [backed] : [];
  }
  const midClause = midSentenceClause(c, range.start, at, subject.ref.end, subject.entity !== null);
  if (midClause !== null) {
    const mid = reportedQuote(
      c,
      subject,
      { block, start: at, end: c.text.slice(0, midClause).replace(/[\s,]+$/, '').length },
      midClause,
      end,
      'reported-according-to',
    );
    return mid ? [mid] : [];
  }
  return undefined;
}

/**
 * Where the words a leading source speaks, from `contentStart` to the sentence's `end`, stop: at the clause's end
 * (`clauseEnd`), and at a semicolon after which another voice speaks ("According to the U.S. embassy in Beijing, the
 * infected 60-year-old western man died in February 6; Chinese authorities referred to him as …", wikinews-first-
 * foreigners-die-coronavirus-wuhan-2020-02-10; semicolon.ts). Other clauses after a semicolon are the source's list of
 * points. UTF-16 offsets.
 */
const leadEnd = (text: string, contentStart: number, end: number): number => clauseEnd(text, contentStart, beforeOtherVoice(text, contentStart, end));

/**
 * The report of a subject whose speech verb follows a source set off by commas (`Witnesses, according to The Telegraph,
 * said a man approached …`): the clause after the verb, from `contentStart`, spoken by the subject before the source's
 * comma (at `at`, the offset of "according to"), or left unattributed when no one the text names stands there (the
 * guide lists the speaker, the outlet and `null`; a named speaker alone). UTF-16 offsets; an empty list when nothing
 * remains to report.
 */
function setOffSource(c: ReportedCase, at: number, contentStart: number): ReturnType<ReportedSieve> {
  const comma = c.text.slice(0, at).replace(/[\s,]+$/, '').length;
  const named = c.cues.subjectBefore(c.block, comma, c.range.start);
  const speaker: Subject =
    named?.entity && named.resolution !== 'unattributed'
      ? named
      : { ref: { block: c.block, start: c.range.start, end: comma }, entity: null, resolution: 'unattributed', antecedent: null };
  const cue = { block: c.block, start: speaker.ref.start, end: c.text.slice(0, contentStart).trimEnd().length };
  const quote = reportedQuote(c, speaker, cue, contentStart, clauseEnd(c.text, contentStart, c.end), 'reported-according-to');
  return quote ? [quote] : [];
}

/** A relative clause after a trailing source in which a pronoun's referent spoke: " on March 3 in which they said ". */
const TOLD_IN_WHICH = /^[^,;:"“”]{0,40}?\s+in\s+which\s+(he|she|they|it|we)\s+(?:also\s+)?(?:said|says|stated|states|told\s+\p{L}+)\s+(?:that\s+)?/u;

/**
 * "The stores were originally reluctant to impose restrictions, according to a report from ABC Australia on March 3 in
 * which they said they had no plans to introduce restrictions on the purchases" (wikinews-australia-stores-lower-toilet-
 * paper-limits-2020-03-13): what the report tells someone said is that one's reported quote, from `sourceEnd` (UTF-16
 * offset after the source). The pronoun's referent is left unattributed: the report's words do not say whom it stands for
 * (docs/annotation-guide.md, `null` when nothing in the text says who said it). Null when no such relative follows.
 */
function relativeTeller(c: ReportedCase, sourceEnd: number): FoundQuote | null {
  const told = TOLD_IN_WHICH.exec(c.text.slice(sourceEnd, c.end));
  if (!told?.[1]) return null;
  const pronoun = sourceEnd + told[0].indexOf(` ${told[1]} `) + 1;
  const teller: Subject = {
    ref: { block: c.block, start: pronoun, end: pronoun + told[1].length },
    entity: null,
    resolution: 'unattributed',
    antecedent: null,
  };
  const cueEnd = sourceEnd + told[0].replace(/\s+(?:that\s+)?$/, '').length;
  return reportedQuote(c, teller, { block: c.block, start: pronoun, end: cueEnd }, sourceEnd + told[0].length, c.end, 'reported-according-to');
}

/**
 * "According to investigators, Zhukovskyy said he had over-corrected …" (Wikinews, New Hampshire crash, June 2019): a
 * report inside a report, whose outer entry is the source's over the whole clause to the sentence's end
 * (docs/annotation-guide.md); the inner one is read inside it (innerReport.ts). A source whose descriptor runs into the
 * speaker's name ("According to the New Zealand Herald, Emeritus Professor John Burrows, …, said") is left to the
 * cue-verb sieve alone.
 */
function aroundReport(c: ReportedCase, subject: Subject, cue: Located, contentStart: number): ReturnType<ReportedSieve> {
  const outer = reportedQuote(c, subject, cue, contentStart, c.end, 'reported-according-to');
  return outer ? [outer] : null;
}
