import { usedOccasionBefore } from './usedOccasion';
import { QUOTED_PASSIVE } from '../quotedAs';
import { QUOTE_ONLY_VERBS } from '../../lexicon/quoteOnlyVerbs';
import { CONTINUING_VERBS } from '../../lexicon/continuingVerbs';
import type { Subject } from '../types';
import { announcesNoun } from './announcedObject';
import { unnamedMaySpeak } from './notACue';
import { describedBefore } from './unnamedGroup';
import { groupParticiple } from './groupParticiple';
import { oneNameSubject } from './namedBodySubject';
import { expressesStance, framesObject, judgesObject } from './objectFrame';
import { documentSubject } from './documentSubject';
import { callContentStart, directsHere, isPastCall } from './directives';
import { tailOf, type ReportedCase } from './reported';
import { opensBareClause, opensClause, pastSpeech } from './clauseStart';
import { IRREGULAR_PAST } from '../../lexicon/irregularPast';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { coordinatedPluralPresent, misreadPluralPresent, qualifiedGroupBefore } from './pluralPresent';
import { topicStart } from './talkedOf';
import { isStatedFinding } from './statedFinding';
import { actsInWords } from './actObject';
import { someMembers } from '../someMembers';
import { speaksOfObject } from './groupObject';
import { promisesTo } from './promisedTo';
import { unreadCoordinated } from './unreadCoordinated';
import { describedGroupSaysClause } from './describedGroupClause';

/** A continuing verb (`continuingVerbs.ts`), or any participle in -ing (", adding that …"). */
const CONTINUING = new RegExp(`ing$|^(?:${CONTINUING_VERBS.join('|')})$`);

/**
 * What joins a continuing verb to the cue before it: a comma (perhaps with an adverb: "She asked for support, specially
 * asking voters to …", wikinews-tsikhanouskaya-rally-minsk-2020-08-03), "and" or "but" (perhaps with "also"), ", while" ("…, while
 * noting …"), or a semicolon before a participle ("Miliband denied that …, but fought to keep the details … secret;
 * arguing publication would, "…"", wikinews-uk-loses-appeal-conceal-binyam-mohamed-torture-2010-02-10).
 */
const GOES_ON_FROM = /(?:,[”"’]?\s*(?:\p{Ll}{3,}ly\s+)?|\b(?:and|but)\s+(?:also\s+)?|,\s*while\s+)$/u;
const PARTICIPLE_GOES_ON_FROM = /;\s*$/;

/**
 * Whether a verb, lower case, with the words `after` it, is an act a group's words make when no one the text names is
 * its subject: a call ("called for", "asked for"), a directive, an object framed (`framed`), a judgement passed on a
 * determined object ("Lady Gaga fans … have criticized the government's decision"), a stance expressed ("have expressed
 * serious concerns"), or a thing announced or revealed ("countries announced stricter measures", announcedObject.ts), but
 * not a thing confirmed: "Research confirmed the accuracy of ECOSTRESS surface estimates" (NASA) tells a finding; a body
 * the text names confirms in words ("The United States Navy confirmed the discovery").
 */
const groupActs = (lower: string, calls: boolean, after: string, framed: boolean): boolean =>
  calls
    ? isPastCall(lower)
    : directsHere(lower, after) ||
      framed ||
      judgesObject(lower, after) ||
      expressesStance(lower, after) ||
      speaksOfObject(lower, after) ||
      (announcesNoun(lower, after) && !/^confirm/.test(lower));

/**
 * Whether a verb, lower case, ending at `verbEnd` (UTF-16 offset in `text`, `end` the sentence's) may share the subject
 * of the clause it is joined to by "and" or "but": a continuing speech verb, a past speech verb, a directive, an act in
 * words as the object, a call (`calls`), or a topic spoken of or against ("Activist Medea Benjamin challenged him and spoke up against drone killings
 * …", Global Voices).
 */
const sharesClauseSubject = (lower: string, text: string, verbEnd: number, end: number, calls: boolean): boolean =>
  CONTINUING.test(lower) ||
  pastSpeech(lower, text, verbEnd) ||
  directsHere(lower, text.slice(verbEnd, end)) ||
  // "Seidenberg defended the payments in comments on Ballot Access News and denied any allegation of quid pro quo"
  // (wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30): an act in words as the object (actObject.ts).
  actsInWords(lower, text.slice(verbEnd, end)) ||
  calls ||
  // "Granier affirmed that …, and brought attention to the fact that …" (statedFinding.ts): a phrase standing for a speech verb.
  isStatedFinding(lower) ||
  topicStart(lower, text, verbEnd) !== null;

/**
 * Whether a verb, lower case, ending at `verbEnd`, is a speech verb in the past (not one that speaks only through a quote)
 * with a clause of any subject after it and no "that" (`suggested the driver lost control`, clauseStart.ts); after "a" an
 * auxiliary must show the clause (`claimed a reported sixteenth death` has an object).
 */
const pastReport = (lower: string, text: string, verbEnd: number): boolean =>
  isSpeechVerb(lower) &&
  !QUOTE_ONLY_VERBS.has(lower) &&
  (/ed$/.test(lower) || IRREGULAR_PAST.has(lower)) &&
  opensBareClause(text, verbEnd) &&
  opensClause(text, verbEnd);

/**
 * Whether a form that is also a plural noun (`reports`, `claims`) stands after a preposition and at most three words
 * that qualify it: `declined to comment on Iranian media reports that the government is reluctant …` (a fresh Wikinews
 * page, October 2009). It is then the preposition's object, the hearsay noun whose "that" clause follows, and the
 * subject of the sentence is not its speaker; `tail` is the sentence's words before it.
 */
const reportsNounAfterPreposition = (lower: string, tail: string): boolean =>
  /^(?:reports|claims|rumours|rumors)$/.test(lower) && /\b(?:on|about|over|regarding|despite|amid)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(tail);

/** The speaker of a cue verb, where its cue starts, and how it was read. */
interface CueSpeaker {
  readonly subject: Subject;
  /** UTF-16 offset in the block where the cue starts: its subject's, or the verb's when the subject is carried over. */
  readonly cueStart: number;
  /** Whether the subject goes on from the cue before (`previous`) or from the clause the verb is joined to. */
  readonly continued: boolean;
  /** Whether the verb is a call ("calls for", `directives.ts`). */
  readonly calls: boolean;
  /** Whether the verb frames its object as what was said (`objectFrame.ts`). */
  readonly framed: boolean;
  /** Whether the verb is an unnamed group's call told by a participle (`groupParticiple.ts`). */
  readonly participleCall: boolean;
}

/**
 * The subject the words before the cue verb at `verbStart` (a UTF-16 offset; `lower` the verb lower case) name, read
 * past a "went on to", a "was quoted … as" or a "reported to have" before it, or the one a "cited … as saying" names;
 * null when the subject reader reads none there.
 */
function subjectBefore(c: ReportedCase, verbStart: number, lower: string): Subject | null {
  const { block, text, range, cues } = c;
  // "Schwartz went on to say he was …": the one who went on to speak is the subject of "went on" (as in leadingCue.ts);
  // so is the one who "used today's address to say" (`usedOccasion.ts`).
  // "Minasyan was quoted by the local media as saying that …": the one quoted is the subject of "was quoted"; so is the one
  // "quoted in" a paper or "reported to have" spoken (`sieves/passiveReport.ts`).
  const before = text.slice(Math.max(range.start, verbStart - 80), verbStart);
  const goesOn =
    /\s+(?:(?:went|goes|go)\s+on\s+to|(?:was|were|is|are|has\s+been|had\s+been)\s+(?:reported|said)\s+to\s+have)\s+$/.exec(before) ??
    QUOTED_PASSIVE.exec(before) ??
    usedOccasionBefore(before);
  // "The BBC also cited Budi Gunawan, chief of …, as saying the suspects were …": the one cited is the speaker.
  const cited = /\b(?:cited|cites|quoted|quotes)\s+(?!by\b)[^;:"“”]{1,120}?,?\s+as\s+$/.exec(text.slice(Math.max(range.start, verbStart - 140), verbStart));
  // A passive ("was quoted by the local media as saying") is read as "went on to" is, above.
  const citedAs = cited && !goesOn && /^(?:saying|stating)$/.test(lower) ? /,?\s+as\s+$/.exec(cited[0]) : null;
  return cited && citedAs
    ? cues.speakerBefore(block, verbStart - citedAs[0].length, verbStart - cited[0].length)
    : cues.speakerBefore(block, verbStart - (goesOn?.[0].length ?? 0), range.start);
}

/**
 * Whether the cue verb at [verbStart, verbEnd) comes right after the content of the cue before (`last`, whose subject is
 * `previous`) and "and" (`afterLast`), and whether it then goes on with that subject as a past speech verb with a clause
 * of its own, which the continuing verbs (`CONTINUING`) do not already cover (`reportGoesOn`). UTF-16 offsets.
 */
function goesOnAfterLast(
  c: ReportedCase,
  verbStart: number,
  verbEnd: number,
  lower: string,
  previous: Subject | null,
  last: { end: number } | undefined,
): { afterLast: boolean; reportGoesOn: boolean } {
  const { text, range } = c;
  // "thanked the President for his call and expressed …": a verb right after the content it ended goes on with its speaker.
  // So does a past speech verb with a clause of its own: "The Emergency Situations Ministry further indicated no additional
  // vehicles were involved and suggested the driver lost control …" (wikinews-bus-overturns-babyninsky-russia-2019-02-06).
  const afterLast = last !== undefined && previous !== null && /^[\s,]*and\s+(?:also\s+|then\s+)?$/.test(text.slice(last.end, verbStart));
  // "It cited the Air Force as stating Saha Airlines owned the plane, and claimed …" (wikinews-iranian-cargo-plane-crashes-
  // into-karaj-houses-2019-01-15): the one cited spoke the clause before, but the sentence's subject goes on.
  const citedBefore = /\bas\s+(?:saying|stating)\b/.test(text.slice(range.start, verbStart));
  // So does a commitment told by an infinitive: "He said that …, and promised to stick with the policy …" (promisedTo.ts).
  const reportGoesOn =
    afterLast && !citedBefore && !CONTINUING.test(lower) && (pastReport(lower, text, verbEnd) || promisesTo(lower, text.slice(verbEnd, c.end)));
  return { afterLast, reportGoesOn };
}

/**
 * The speaker of the cue verb at [verbStart, verbEnd) (UTF-16 offsets in the case's block; `lower` the verb lower case):
 * the words before it, the one a "went on to" or "cited … as" names, the subject of the cue before (`previous`, whose
 * quote `last` is) for a continuing verb, the clause's subject for a verb after "and", or an unnamed group; null when the
 * verb has none.
 */
export function cueSpeaker(
  c: ReportedCase,
  verbStart: number,
  verbEnd: number,
  lower: string,
  previous: Subject | null,
  last: { end: number } | undefined,
): CueSpeaker | null {
  const { block, text, range, end, cues } = c;
  let ownSubject = reportsNounAfterPreposition(lower, tailOf(text, range.start, verbStart)) ? null : subjectBefore(c, verbStart, lower);
  // "He said …, adding that …": a participle going on from this sentence's cue continues it.
  // With no comma ("Adderley wrote to the US Embassy in London asking to …") it goes on from that cue as well.
  const goesOnFromCue = ownSubject?.goesOnFrom !== undefined && previous !== null && previous.entity !== null && previous.entity === ownSubject.entity;
  if (ownSubject?.goesOnFrom !== undefined && previous) ownSubject = null;
  const { afterLast, reportGoesOn } = goesOnAfterLast(c, verbStart, verbEnd, lower, previous, last);
  if (afterLast && (CONTINUING.test(lower) || reportGoesOn)) ownSubject = null;
  // "The decree instructs …": a definite document speaks as its issuer or itself, never as the body the text named last.
  ownSubject = documentSubject(c, verbStart, ownSubject) ?? ownSubject;
  let cueStart = ownSubject?.ref.start ?? verbStart;
  let continued = false;
  if (
    !ownSubject &&
    previous &&
    (CONTINUING.test(lower) || reportGoesOn) &&
    (goesOnFromCue ||
      GOES_ON_FROM.test(tailOf(text, range.start, verbStart)) ||
      (lower.endsWith('ing') && PARTICIPLE_GOES_ON_FROM.test(tailOf(text, range.start, verbStart))))
  ) {
    ownSubject = previous;
    cueStart = verbStart;
    continued = true;
  }
  // "The embassy declined the request and said …", "… opposed ending the War on Drugs but said …": a speech verb after
  // "and" or "but" shares its clause's subject, as a directive does ("The United States Embassy in Iraq had suspended
  // operations, and advised U.S. citizens to leave the country").
  // "calls for" is a person's call: a strategy, a plan or an agency's challenge "calls for" guidance or entries, and
  // the engine reads those names as organisations.
  const calls = callContentStart(lower, text, verbEnd) !== null;
  const coordinated = sharesClauseSubject(lower, text, verbEnd, end, calls);
  // "Djibouti answered the call and promised to send 450 soldiers soon": a commitment told by an infinitive (promisedTo.ts)
  // shares only a subject the text names; "The president did not concede …, and vowed to keep fighting" read a role
  // as the wrong president (wikinews-gsa-begins-presidential-transition-biden-2020-11-26).
  const promised = !coordinated && promisesTo(lower, text.slice(verbEnd, end));
  const and =
    ownSubject || lower.endsWith('ing') || !(coordinated || promised)
      ? null
      : /,?\s+(?:and|but)\s+(?:(?:has|have|had)\s+)?(?:also\s+|then\s+|later\s+)?$/.exec(tailOf(text, range.start, verbStart));
  if (and) {
    ownSubject = cues.coordinatedSubject(block, verbStart - and[0].length, range.start);
    // "Other Republicans have broken with Trump and have urged him to …": some members of the body, unnamed (namedBefore.ts).
    const members = ownSubject?.entity ? someMembers(text, range.start, { ...ownSubject.ref, entity: ownSubject.entity }) : null;
    if (ownSubject && members !== null) ownSubject = { ...ownSubject, entity: null, resolution: 'unattributed', antecedent: null };
    // A pronoun shares only "and said" and its kin: "He proposed a public option and claimed …" named the wrong Biden.
    if ((ownSubject?.resolution === 'pronoun' && !CONTINUING.test(lower)) || (promised && ownSubject?.resolution !== 'name')) ownSubject = null;
    cueStart = verbStart;
    continued = ownSubject !== null;
  }
  // "Other sites such as Gawker.com have stated that …": a that-clause after a speech verb is reported speech even
  // when the subject is no one the text names; it stays unattributed.
  // "Protesters called for Rosselló's resignation", "Journalists in Pakistan urged the government to …": an unnamed
  // group's call or directive is reported speech, left unattributed.
  // "Critics accused Trump of an intentional delay": so is its accusation, its blame or its praise framed by an object.
  const framed = framesObject(lower, text.slice(verbEnd, end), text.slice(Math.max(range.start, verbStart - 4), verbStart));
  const groupCall = !ownSubject && groupActs(lower, calls, text.slice(verbEnd, end), framed);
  // "The Arapaho have plans to widen the buffalo's range … and report they are considering …": a plural present after "and"
  // reports for the clause's subject even when no reader took it; the quote stays unattributed.
  const unreadPlural = and !== null && coordinatedPluralPresent(lower, text.slice(range.start, verbStart), text.slice(verbEnd, end));
  const unreadAnd = !ownSubject && !lower.endsWith('ing') && unreadCoordinated(c, lower, verbStart, verbEnd, calls);
  // "Demonstrators scaled light poles, … and calling for an end to Mubarak's rule": a group's call told by a participle.
  const participleCall = !ownSubject && groupParticiple(c, verbStart, lower);
  if (
    !ownSubject &&
    ((groupCall && describedBefore(c, verbStart)) ||
      participleCall ||
      unnamedMaySpeak(c, verbStart, verbEnd, lower) ||
      describedGroupSaysClause(c, verbStart, verbEnd, lower) ||
      unreadPlural ||
      unreadAnd)
  )
    ownSubject = { ref: { block, start: verbStart, end: verbEnd }, entity: null, resolution: 'unattributed', antecedent: null };
  // "Rappler reported three malls … were damaged": a one-word name the name pass did not take is the source as written.
  const oneName = ownSubject?.resolution === 'unattributed' && ownSubject.ref.start === verbStart ? oneNameSubject(c, verbStart, lower) : null;
  const titled = oneName ? cues.titledSource(block, oneName.start, oneName.end) : null;
  if (titled) [ownSubject, cueStart] = [titled, titled.ref.start];
  // "Critics of China contend that …": a name read in the phrase that qualifies a group is a misread, and the group,
  // unnamed, speaks (pluralPresent.ts).
  if (ownSubject && misreadPluralPresent(lower, ownSubject, text.slice(range.start, verbStart)) && qualifiedGroupBefore(text.slice(range.start, verbStart))) {
    ownSubject = { ref: { block, start: verbStart, end: verbEnd }, entity: null, resolution: 'unattributed', antecedent: null };
    cueStart = verbStart;
  } else if (!ownSubject || (!continued && misreadPluralPresent(lower, ownSubject, text.slice(range.start, verbStart)))) return null;
  return { subject: ownSubject, cueStart, continued, calls, framed, participleCall };
}
