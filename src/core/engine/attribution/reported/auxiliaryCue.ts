import { OBJECT_SPEECH_VERBS } from '../../lexicon/objectSpeechVerbs';
import { announcesObject, announcesPlans } from './announcedObject';
import { pastAsides, pastListener, pastTags } from './betweenCueAndContent';
import { claimsToBe } from './claimedToBe';
import { opensBareClause } from './clauseStart';
import { callContentStart, DIRECTIVE_REACH, directsHere } from './directives';
import { gerundStart } from './gerundComplement';
import { framesObject } from './objectFrame';
import { tailOf, type ReportedCase } from './reported';
import { topicStart } from './talkedOf';
import { closesWhichAside } from '../relativeSubject';
import { perfectObject } from './groupObject';
import { perfectAsPast } from './perfectAsPast';

/** Verbs whose content can be an infinitive of what the speaker will do or has done: "vowed to hit", "claims to have planted". */
// Not "promises": a telescope or a mission "promises to bring new understandings" as often as a person does. "promised"
// tells a pledge made ("She … promised to conduct new completely fair elections", fresh Wikinews, August 2020; "the
// government promised to pay part of their wages", a development gold's reported text with its "to").
export const PROMISE_VERBS = new Set(['vowed', 'vows', 'vowing', 'pledged', 'pledges', 'pledging', 'promised', 'claimed', 'claims', 'claiming']);
/** "to" and a verb: "to hit", "to have planted" (not "to the council", "to him"). */
export const TO_CLAUSE = /^\s+to\s+(?!(?:the|a|an|be|him|her|them|me|us|his|their|its)\b)\p{Ll}{2,}/u;

/**
 * Whether a speech verb after an auxiliary still reports speech: a progressive ("is insisting that", "is calling for an
 * inquiry") or a perfect ("has announced that", "has urged members to reject …") with what was said after it. Without
 * it, `notACue` reads the auxiliary as a passive's ("was praised") or a state's. `verbStart`/`verbEnd` are the verb's
 * UTF-16 offsets in `c.text`, `lower` the verb in lower case.
 */
export function auxiliaryReports(c: ReportedCase, verbStart: number, verbEnd: number, lower: string): boolean {
  const { text, range } = c;
  const tail = tailOf(text, range.start, verbStart);
  // "has told supporters that he will not …", "had told him that he, Trump, was not …" (wikinews-guinea-launch-investigation-
  // killing-protestors-2009-10-08, wikinews-trump-says-comey-fired-over-russia-investigation-showboating-2017-05-13): a
  // listener stands between a verb that names one and its "that".
  const listenerEnd = pastListener(text, verbEnd, lower);
  const that =
    /^\s+(?:out\s+)?(?:[a-z]+ly\s+)?that\b/.test(text.slice(pastAsides(text, verbEnd, lower))) ||
    (listenerEnd !== null && listenerEnd > verbEnd && /^\s*that\b/.test(text.slice(listenerEnd)));
  const call = callContentStart(lower, text, verbEnd) !== null;
  // A progressive reports speech with a that-clause or a call ("is insisting that", "is calling for an inquiry"): an -ing
  // form after "is" is no passive. Not with an object alone: "a doctor is encouraging patients to …" in a scene the
  // writer imagines, "employees are reporting repeat tickets" (fresh digital.gov pages). A directive by a subject the
  // text has met (`Today they are asking the public to respect …`, `The opposition parties, … are asking the Prime
  // Minster to resign`, `she was directing six of the House's committees to …`) reports a request as "asked" would; so
  // does a verb whose object is what was said (`President Sata is demanding K500 million as compensation`,
  // gv-zambia-sata-sues-critics-defamation-2012-05-21; `lexicon/objectSpeechVerbs.ts`).
  const progressive =
    /ing$/.test(lower) &&
    /\b(?:is|are|was|were|been)\s+$/i.test(tail) &&
    (that ||
      call ||
      ((directsHere(lower, text.slice(pastTags(text, verbEnd), verbEnd + DIRECTIVE_REACH)) || OBJECT_SPEECH_VERBS.has(lower)) &&
        !indefiniteProgressive(text.slice(range.start, verbStart))));
  // Perfect tenses report speech when a clause follows ("has announced that", "have stated that"), when someone is
  // directed to act or called for ("has urged members to reject …", "has called for more educational tools"), and with
  // an object and its preposition.
  return (
    progressive ||
    (/\b(?:had|has|have)\s+$/i.test(tail) &&
      (that ||
        (PROMISE_VERBS.has(lower) && TO_CLAUSE.test(text.slice(verbEnd))) ||
        claimsToBe(lower, text.slice(verbEnd)) ||
        // "President Trump has announced plans to withdraw …" (announcedObject.ts): plans made known, as a promise's "to".
        announcesPlans(lower, text.slice(verbEnd)) ||
        directsHere(lower, text.slice(pastTags(text, verbEnd), verbEnd + DIRECTIVE_REACH)) ||
        // "The president has blamed Democratic leadership for violence": an object and its fixed preposition (objectFrame.ts).
        framesObject(lower, text.slice(verbEnd, range.end)) ||
        // "Hortefeux has denied ever meeting Kussa or Saleh" (wikinews-french-journalists-claim-gaddafi-promised-sarkozy-
        // campaign-2012-04-29): an -ing clause in place of a that-clause (gerundComplement.ts).
        gerundStart(lower, text, verbEnd) !== null ||
        // "Lady Gaga fans … have criticized the government's decision", "The Coast Guard has announced an order by …": the
        // object of a verb that takes what was said as its object (docs/annotation-guide.md, "Directive and object-noun cues").
        (OBJECT_SPEECH_VERBS.has(lower) && /^\s+(?!by\b|to\b)[\p{L}"“‘]/u.test(text.slice(verbEnd))) ||
        perfectObject(lower, text.slice(verbEnd)) ||
        perfectAsPast(text, verbEnd, lower) ||
        announcesObject(lower, text.slice(verbEnd, range.end)) ||
        call ||
        // "Jeremy Scahill … has argued against the use of drones …": a topic spoken of or against (talkedOf.ts).
        topicStart(lower, text, verbEnd) !== null ||
        // "has stated reconstruction will cost …", "have claimed this is a move …": a clause with no "that" does too.
        // Not after a comma, where the subject may be any name in an aside before it, unless the aside is a "which" clause,
        // whose body before it is the subject ("The United States, which has retreated from … al-Assad, has stated …",
        // relativeSubject.ts); nor "has added", which adds things more often than words.
        // Nor after a participle or a relative in the subject ("Reports citing sources within the Democratic Party have
        // indicated …"): the name nearest the verb is then not its subject.
        (lower !== 'added' &&
          (!/,\s*(?:has|have|had)\s+$/.test(tail) || closesWhichAside(text, verbStart, range.start) || closesRoleAside(text, verbStart, range.start)) &&
          !/\b(?:\p{Ll}{2,}ing|which|who|that)\b[^,]*$/u.test(text.slice(Math.max(range.start, verbStart - 400), verbStart)) &&
          opensBareClause(text, pastAsides(text, verbEnd, lower)))))
  );
}

/**
 * A name, then its role set off by commas, right before the auxiliary: "Mitch McConnell, the Senate Majority Leader, has
 * indicated the trial could possibly commence on Tuesday, January 21, …" (wikinews-us-house-vote-impeachment-articles-
 * senate-2020-01-15). The aside is a role ("the" and words with no verb or comma of their own), so the name before it is
 * the subject, not a name inside an aside.
 */
const ROLE_ASIDE = /(?:^|[\s(])\p{Lu}[\p{L}.'’-]+,\s+the\s+(?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+,\s*(?:has|have|had)\s+$/u;

/** Whether the words before `end` (a UTF-16 offset; the sentence opens at `sentenceStart`) close a name's role aside. */
const closesRoleAside = (text: string, end: number, sentenceStart: number): boolean => {
  const before = text.slice(Math.max(sentenceStart, end - 120), end);
  const aside = ROLE_ASIDE.exec(before);
  return aside !== null && !/\b(?:\p{Ll}{2,}ed|\p{Ll}{3,}ing|who|which|that|and|or)\b/u.test(aside[0].slice(aside[0].indexOf(',')));
};

/** A subject met for the first time before a progressive: "a doctor is", "some parents are" (an imagined or typical scene). */
const indefiniteProgressive = (before: string): boolean =>
  /(?:^|[\s,;:—–])(?:a|an|one|some|any|every|each)\s+(?:[\p{L}'’-]+\s+){0,3}(?:is|are|was|were|been)\s+$/iu.test(before);
