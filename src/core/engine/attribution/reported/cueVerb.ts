import { OBJECT_SPEECH_VERBS } from '../../lexicon/objectSpeechVerbs';
import { QUOTE_ONLY_VERBS } from '../../lexicon/quoteOnlyVerbs';
import { cueVerbsOf, progressiveCue, saysOrClaims } from './cueCandidates';
import type { Subject } from '../types';
import { laterCueStop } from './laterCue';
import { announcedObjectEnd, objectAlone } from './announcedObject';
import { countedObjectEnd } from './countedObject';
import { isYesNoQuestion, notACue } from './notACue';
import { andThatParts } from './andThat';
import { beforeLaterFinding } from './laterFinding';
import { beforeNextAct } from './nextAct';
import { nounObjectEnd, takesNounObject } from './nounObjectEnd';
import { bodyMayFrame, calledEnd, citedClaimStart } from './objectFrame';
import { documentOfBody } from './documentRole';
import { askedForEnd, bodyDirects, directiveEnd, directsHere, isPastCall } from './directives';
import { countryActs } from './countryActs';
import { insideDirect, reportedQuote, type ReportedCase, type ReportedSieve } from './reported';
import { beforeSemicolon } from './semicolon';
import { coordinatedPluralPresent, pluralPresentCue } from './pluralPresent';
import { describedBefore } from './unnamedGroup';
import { contentAfter } from './contentAfter';
import { clauseEnd } from './clauseEnd';
import { openingClauseEnd } from './openingClause';
import { ACT_VERBS, deniedNounEnd, prepositionObject } from './actObject';
import { cueSpeaker } from './cueSpeaker';
import { isRemindingVerb } from './betweenCueAndContent';
import { requestedByRoleBody } from './requestedObject';
import { saysThatInManner } from './mannerThat';

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

/** A cue verb as `contentEnd` reads it: where it stands (UTF-16 offsets), its cue's start, its word in lower case, and how it takes its object. */
interface ReadCue {
  verbStart: number;
  verbEnd: number;
  cueStart: number;
  lower: string;
  /** A call ("called for", "asked … to"), whose object is what was called for. */
  calls: boolean;
  /** A verb that frames its object as what was said ("called the crisis the worst …"). */
  framed: boolean;
}

/**
 * Where the content a cue verb reports, from `content.contentStart`, stops: at the next cue of the sentence (`laterVerbs`,
 * its later candidate verbs), the clause's end, the next act, an object's end, a semicolon or a later finding, a
 * directive's end and a dashed relative clause's close. `object`: whether the content is the verb's object rather than
 * a clause ("announced his death").
 */
function contentEnd(
  c: ReportedCase,
  cue: ReadCue,
  content: NonNullable<ReturnType<typeof contentAfter>>,
  laterVerbs: ReadonlyArray<RegExpExecArray>,
): { stop: number; object: boolean } {
  const { text, end } = c;
  const { verbStart, verbEnd, cueStart, lower, calls, framed } = cue;
  let stop = openingClauseEnd(c, cueStart, content.contentStart, laterCueStop(c, laterVerbs, content.contentStart));
  stop = beforeNextAct(text, content.contentStart, clauseEnd(text, content.contentStart, stop), OBJECT_SPEECH_VERBS.has(lower) || content.object === true);
  // "announced his death and announced the cause of death …": the clause the object seemed to open was the next act's.
  const object = content.object === true || objectAlone(lower, text.slice(content.contentStart, stop), text.slice(stop, end));
  if (object) stop = (content.counted ? countedObjectEnd : announcedObjectEnd)(text, content.contentStart, stop);
  else if (takesNounObject(lower, calls)) stop = nounObjectEnd(text, content.contentStart, deniedNounEnd(lower, text, content.contentStart, stop));
  stop = beforeSemicolon(text, content.contentStart, beforeLaterFinding(text, content.contentStart, stop));
  if (calls || directsHere(lower, text.slice(verbEnd, end)))
    stop = askedForEnd(lower, text, content.contentStart, directiveEnd(text, content.contentStart, stop));
  stop = dashedRelativeEnd(text, verbStart, content.contentStart, framed ? calledEnd(lower, text, content.contentStart, stop) : stop);
  return { stop, object };
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
    if ((ACT_VERBS.has(lower) && prepositionObject(text, ownSubject.ref.start)) || requestedByRoleBody(lower, ownSubject, text.slice(verbEnd, end))) continue;
    // "asks … to" reports speech from a person ("Andrew Loh asks the government to leave …"), and from a body or an
    // unnamed group only as bodyDirects allows (not the writer's "we asked", a passive, a modal, a procedure's step).
    // A body named by name that "called for" or "called on" someone (or "asked for" something, or "appealed to" someone) in
    // the past made a call in words ("Amnesty International has called for an investigation"); what a plan or a challenge
    // "calls for" is no one's words.
    const bodyCalled =
      calls &&
      isPastCall(lower) &&
      (ownSubject.resolution === 'unattributed' ||
        (ownSubject.entity?.type === 'organization' && ownSubject.resolution === 'name') ||
        countryActs(ownSubject, text) ||
        documentOfBody(ownSubject, text));
    // A body's framing is its words too ("The United Nations called the resulting humanitarian crisis the worst in the world"),
    // and so is a body's "it" ("NASA interrupted its live coverage … It also credited Leonov with making the spacewalk
    // possible", fresh Wikinews, October 2019): the pronoun stands for the organisation the subject reader resolved.
    const bodyPronoun = ownSubject.resolution === 'pronoun' && ownSubject.entity?.type === 'organization';
    const groupFramed =
      framed &&
      bodyMayFrame(lower, text.slice(verbEnd, end)) &&
      (ownSubject.resolution === 'unattributed' || ownSubject.resolution === 'name' || bodyPronoun || documentOfBody(ownSubject, text));
    // "But Phetie reminds critics that …" (gv-malawi-banda-promises-lift-homosexuality-ban-2012-05-19): a reminder told to a listener, which
    // alone makes the verb a candidate (cueCandidates.ts), is speech as "told" is.
    const speech =
      saysOrClaims(lower) ||
      progressiveCue(lower, text.slice(range.start, verbStart)) ||
      isRemindingVerb(lower) ||
      pluralPresentCue(lower, text.slice(range.start, verbStart), () => describedBefore(c, verbStart)) ||
      coordinatedPluralPresent(lower, text.slice(range.start, verbStart), text.slice(verbEnd, end));
    const bodyDirected = bodyDirects(c, ownSubject, verbStart, lower);
    const quoteOnly = QUOTE_ONLY_VERBS.has(lower) && !saysThatInManner(lower, text.slice(verbEnd, end));
    if ((quoteOnly || !speech) && ownSubject.entity?.type !== 'person' && !bodyCalled && !groupFramed && !bodyDirected && !participleCall) continue;
    subject = ownSubject;
    // "The reason, Work said, is …": the cue's subject comes right after a comma inside the sentence.
    const parenthetical = !continued && /[\p{L}\p{N}]/u.test(text.slice(range.start, cueStart)) && /,\s*$/.test(text.slice(range.start, cueStart));
    const content = contentAfter(text, verbEnd, end, lower, continued, parenthetical);
    if (!content || !text.slice(cueStart, content.cueEnd).trim()) continue;
    const { stop, object } = contentEnd(c, { verbStart, verbEnd, cueStart, lower, calls, framed }, content, verbs.slice(v + 1));
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
