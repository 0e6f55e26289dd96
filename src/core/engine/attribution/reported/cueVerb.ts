import { OBJECT_SPEECH_VERBS } from '../../lexicon/objectSpeechVerbs';
import { QUOTE_ONLY_VERBS } from '../../lexicon/quoteOnlyVerbs';
import { CONTINUING_VERBS } from '../../lexicon/continuingVerbs';
import { cueVerbsOf, saysOrClaims } from './cueCandidates';
import type { Subject } from '../types';
import { laterCueStop } from './laterCue';
import { announcedObjectEnd, announcesNoun, objectAlone } from './announcedObject';
import { isYesNoQuestion, notACue, unnamedMaySpeak } from './notACue';
import { andThatParts } from './andThat';
import { describedBefore } from './unnamedGroup';
import { groupParticiple } from './groupParticiple';
import { oneNameSubject } from './namedBodySubject';
import { beforeLaterFinding } from './laterFinding';
import { beforeNextAct } from './nextAct';
import { nounObjectEnd, takesNounObject } from './nounObjectEnd';
import { bodyMayFrame, calledEnd, citedClaimStart, expressesStance, framesObject, judgesObject } from './objectFrame';
import { documentSubject } from './documentSubject';
import { askedForEnd, bodyDirects, callContentStart, directiveEnd, directsHere } from './directives';
import { insideDirect, reportedQuote, tailOf, type ReportedCase, type ReportedSieve } from './reported';
import { opensBareClause, opensClause, pastSpeech } from './clauseStart';
import { IRREGULAR_PAST } from '../../lexicon/irregularPast';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { beforeSemicolon } from './semicolon';
import { coordinatedPluralPresent, misreadPluralPresent, pluralPresentCue, qualifiedGroupBefore } from './pluralPresent';
import { clauseEnd, contentAfter } from './contentAfter';
import { openingClauseEnd } from './openingClause';
import { topicStart } from './talkedOf';
import { ACT_VERBS, actsInWords, deniedNounEnd, prepositionObject } from './actObject';
import { someMembers } from '../someMembers';

/** A continuing verb (`continuingVerbs.ts`), or any participle in -ing (", adding that …"). */
const CONTINUING = new RegExp(`ing$|^(?:${CONTINUING_VERBS.join('|')})$`);

/**
 * What joins a continuing verb to the cue before it: a comma, "and" or "but" (perhaps with "also"), ", while" ("…, while
 * noting …"), or a semicolon before a participle ("Miliband denied that …, but fought to keep the details … secret;
 * arguing publication would, "…"", wikinews-uk-loses-appeal-conceal-binyam-mohamed-torture-2010-02-10).
 */
const GOES_ON_FROM = /(?:,[”"’]?\s*|\b(?:and|but)\s+(?:also\s+)?|,\s*while\s+)$/;
const PARTICIPLE_GOES_ON_FROM = /;\s*$/;

/**
 * Whether a verb, lower case, with the words `after` it, is an act a group's words make when no one the text names is
 * its subject: a call ("called for", "asked for"), a directive, an object framed (`framed`), a judgement passed on a
 * determined object ("Lady Gaga fans … have criticized the government's decision"), a stance expressed ("have expressed
 * serious concerns"), or a thing announced or revealed ("countries announced stricter measures", announcedObject.ts).
 */
const groupActs = (lower: string, calls: boolean, after: string, framed: boolean): boolean =>
  calls
    ? /^(?:called|asked)$/.test(lower)
    : directsHere(lower, after) || framed || judgesObject(lower, after) || expressesStance(lower, after) || announcesNoun(lower, after);

/**
 * Where a relative clause a dash set off ends: "Tharman Shanmugaratnam – who said that the by-election would solely be on
 * local issues – Jackson Tan points out …" reports only the words up to the closing dash. `verbStart`, `contentStart` and
 * `stop` are UTF-16 offsets in `text`; `stop` itself when the cue is no dashed "who" clause or the dash is not closed.
 */
function dashedRelativeEnd(text: string, verbStart: number, contentStart: number, stop: number): number {
  if (!/\s[–—]\s+who\s+(?:also\s+|then\s+)?$/.test(text.slice(Math.max(0, verbStart - 30), verbStart))) return stop;
  const close = /\s[–—]\s/.exec(text.slice(contentStart, stop));
  return close ? contentStart + close.index : stop;
}

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
  // "Schwartz went on to say he was …": the one who went on to speak is the subject of "went on" (as in leadingCue.ts).
  // "Minasyan was quoted by the local media as saying that …": the one quoted is the subject of "was quoted"; so is the one
  // "quoted in" a paper or "reported to have" spoken (`sieves/passiveReport.ts`).
  const goesOn =
    /\s+(?:(?:went|goes|go)\s+on\s+to|(?:was|were|is|are|has\s+been|had\s+been)\s+(?:quoted(?:\s+(?:by|in)\s+[^,;:"“”]{1,40}?)?\s+as|(?:reported|said)\s+to\s+have))\s+$/.exec(
      text.slice(Math.max(range.start, verbStart - 80), verbStart),
    );
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
  const reportGoesOn = afterLast && !citedBefore && !CONTINUING.test(lower) && pastReport(lower, text, verbEnd);
  return { afterLast, reportGoesOn };
}

/**
 * The speaker of the cue verb at [verbStart, verbEnd) (UTF-16 offsets in the case's block; `lower` the verb lower case):
 * the words before it, the one a "went on to" or "cited … as" names, the subject of the cue before (`previous`, whose
 * quote `last` is) for a continuing verb, the clause's subject for a verb after "and", or an unnamed group; null when the
 * verb has none.
 */
function cueSpeaker(
  c: ReportedCase,
  verbStart: number,
  verbEnd: number,
  lower: string,
  previous: Subject | null,
  last: { end: number } | undefined,
): CueSpeaker | null {
  const { block, text, range, end, cues } = c;
  let ownSubject = subjectBefore(c, verbStart, lower);
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
  const and =
    ownSubject || lower.endsWith('ing') || !coordinated
      ? null
      : /,?\s+(?:and|but)\s+(?:(?:has|have|had)\s+)?(?:also\s+|then\s+|later\s+)?$/.exec(tailOf(text, range.start, verbStart));
  if (and) {
    ownSubject = cues.coordinatedSubject(block, verbStart - and[0].length, range.start);
    // "Other Republicans have broken with Trump and have urged him to …": some members of the body, unnamed (namedBefore.ts).
    const members = ownSubject?.entity ? someMembers(text, range.start, { ...ownSubject.ref, entity: ownSubject.entity }) : null;
    if (ownSubject && members !== null) ownSubject = { ...ownSubject, entity: null, resolution: 'unattributed', antecedent: null };
    // A pronoun shares only "and said" and its kin: "He proposed a public option and claimed …" named the wrong Biden.
    if (ownSubject?.resolution === 'pronoun' && !CONTINUING.test(lower)) ownSubject = null;
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
  // "Demonstrators scaled light poles, … and calling for an end to Mubarak's rule": a group's call told by a participle.
  const participleCall = !ownSubject && groupParticiple(c, verbStart, lower);
  if (!ownSubject && ((groupCall && describedBefore(c, verbStart)) || participleCall || unnamedMaySpeak(c, verbStart, verbEnd, lower) || unreadPlural))
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

/**
 * "X said (that) …", "X thanked A for B, and voiced support for C", "…, adding that …": each speech
 * verb whose subject is a speaker mention; a verb after ", and" or ", adding" continues the previous
 * cue's speaker. The content runs to the next attribution in the sentence or to its end.
 */
export const cueVerb: ReportedSieve = (c) => {
  const { block, text, range, end } = c;
  const found: ReturnType<ReportedSieve> = [];
  const sentence = text.slice(range.start, range.end);
  if (isYesNoQuestion(sentence)) return null;
  let subject: Subject | null = null;
  const verbs = cueVerbsOf(c, sentence);
  for (let v = 0; v < verbs.length; v++) {
    const verb = verbs[v];
    if (!verb) continue;
    const verbStart = range.start + verb.index;
    const verbEnd = verbStart + verb[0].length;
    const lower = verb[0].toLowerCase();
    // "The BBC also cited Budi Gunawan, …, as saying the suspects were …": the outlet's entry holds the cited source's
    // claim, a report inside its report, which is read too (docs/annotation-guide.md, "`X cited Y that Z`").
    const citedClaim = /^(?:saying|stating|claiming)$/.test(lower) && /\bas\s+$/.test(text.slice(Math.max(range.start, verbStart - 4), verbStart));
    if (insideDirect(c, verbStart) || (!citedClaim && found.some((q) => verbStart >= q.start && verbStart < q.end)) || notACue(c, verbStart, verbEnd, lower))
      continue;
    const speaker = cueSpeaker(c, verbStart, verbEnd, lower, subject, found[found.length - 1]);
    if (!speaker) continue;
    const { cueStart, continued, calls, framed, participleCall } = speaker;
    const ownSubject = speaker.subject;
    if (ACT_VERBS.has(lower) && prepositionObject(text, ownSubject.ref.start)) continue;
    // "asks … to" reports speech from a person ("Andrew Loh asks the government to leave …"), and from a body or an
    // unnamed group only as bodyDirects allows (not the writer's "we asked", a passive, a modal, a procedure's step).
    // A body named by name that "called for" or "called on" someone (or "asked for" something) in the past made a call in
    // words ("Amnesty International has called for an investigation"); what a plan or a challenge "calls for" is no one's words.
    const bodyCalled =
      calls &&
      /^(?:called|asked)$/.test(lower) &&
      (ownSubject.resolution === 'unattributed' || (ownSubject.entity?.type === 'organization' && ownSubject.resolution === 'name'));
    // A body's framing is its words too ("The United Nations called the resulting humanitarian crisis the worst in the world"),
    // and so is a body's "it" ("NASA interrupted its live coverage … It also credited Leonov with making the spacewalk
    // possible", fresh Wikinews, October 2019): the pronoun stands for the organisation the subject reader resolved.
    const bodyPronoun = ownSubject.resolution === 'pronoun' && ownSubject.entity?.type === 'organization';
    const groupFramed =
      framed && bodyMayFrame(lower, text.slice(verbEnd, end)) && (ownSubject.resolution === 'unattributed' || ownSubject.resolution === 'name' || bodyPronoun);
    const speech =
      saysOrClaims(lower) ||
      pluralPresentCue(lower, text.slice(range.start, verbStart)) ||
      coordinatedPluralPresent(lower, text.slice(range.start, verbStart), text.slice(verbEnd, end));
    const bodyDirected = bodyDirects(c, ownSubject, verbStart, lower);
    if ((QUOTE_ONLY_VERBS.has(lower) || !speech) && ownSubject.entity?.type !== 'person' && !bodyCalled && !groupFramed && !bodyDirected && !participleCall)
      continue;
    subject = ownSubject;
    // "The reason, Work said, is …": the cue's subject comes right after a comma inside the sentence.
    const parenthetical = !continued && /[\p{L}\p{N}]/u.test(text.slice(range.start, cueStart)) && /,\s*$/.test(text.slice(range.start, cueStart));
    const content = contentAfter(text, verbEnd, end, lower, continued, parenthetical);
    if (!content || !text.slice(cueStart, content.cueEnd).trim()) continue;
    let stop = openingClauseEnd(c, cueStart, content.contentStart, laterCueStop(c, verbs.slice(v + 1), content.contentStart));
    stop = beforeNextAct(text, content.contentStart, clauseEnd(text, content.contentStart, stop), OBJECT_SPEECH_VERBS.has(lower) || content.object === true);
    // "announced his death and announced the cause of death …": the clause the object seemed to open was the next act's.
    const object = content.object === true || objectAlone(lower, text.slice(content.contentStart, stop), text.slice(stop, end));
    if (object) stop = announcedObjectEnd(text, content.contentStart, stop);
    else if (takesNounObject(lower, calls)) stop = nounObjectEnd(text, content.contentStart, deniedNounEnd(lower, text, content.contentStart, stop));
    stop = beforeSemicolon(text, content.contentStart, beforeLaterFinding(text, content.contentStart, stop));
    if (calls || directsHere(lower, text.slice(verbEnd, end)))
      stop = askedForEnd(lower, text, content.contentStart, directiveEnd(text, content.contentStart, stop));
    stop = dashedRelativeEnd(text, verbStart, content.contentStart, framed ? calledEnd(lower, text, content.contentStart, stop) : stop);
    for (const part of andThatParts(text, content.contentStart, stop, (at) => insideDirect(c, at))) {
      const cue = { block, start: cueStart, end: content.cueEnd };
      // Thanking someone says nothing of its own without what for: "also thanked the developers" reports no words.
      const objectCue = (OBJECT_SPEECH_VERBS.has(lower) && !/^thank/.test(lower)) || calls || object || ACT_VERBS.has(lower);
      const quote = reportedQuote(c, ownSubject, cue, part.start, part.end, continued ? 'reported-continued' : 'reported-cue-verb', objectCue);
      if (quote) found.push(quote);
      // "The Daily Telegraph cited a security source that mental health may be …": the source's claim is a report inside
      // the outlet's, left unattributed, as the source is described, not named.
      const claim = quote ? citedClaimStart(lower, text, part.start, part.end) : null;
      const claimed =
        claim === null
          ? null
          : reportedQuote(
              c,
              { ref: { block, start: verbStart, end: verbEnd }, entity: null, resolution: 'unattributed', antecedent: null },
              { block, start: cueStart, end: cueStart + text.slice(cueStart, claim).trimEnd().length },
              claim,
              part.end,
              'reported-cue-verb',
            );
      if (claimed) found.push(claimed);
    }
  }
  return found;
};
