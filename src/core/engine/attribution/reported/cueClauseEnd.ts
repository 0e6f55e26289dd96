import { IRREGULAR_PAST } from '../../lexicon/irregularPast';
import { LISTENER_VERBS } from '../../lexicon/listenerVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { OBJECT_SPEECH_VERBS } from '../../lexicon/objectSpeechVerbs';
import { UNNAMED_GROUP } from '../groupSubjects';
import { rolePhraseAt } from '../rolePhrase';
import { directsHere } from './directives';
import { documentByAuthor } from './documentByAuthor';
import { longLowerTitleThenName } from './longLowerTitle';
import type { ReportedCase } from './reported';
import { wordCount } from '../../wordCount';

/** What may follow the verb of a final cue without making it a clause of its own: a time, a place, an audience. */
const CIRCUMSTANCE =
  /^\s+(?:on|in|at|during|late|early|last|this|earlier|later|yesterday|today|to|via|through|after|before|while|when|told|reporters|journalists|\p{Lu})/u;

/** Capitalised words, then an opening quote mark right after them: "Cummings “worked", "MSNBC Cummings “was". */
const NAME_THEN_QUOTE = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}["“]/u;

/**
 * Capitalised words, then a past verb in -ed or an irregular past: `Scott Srebnick, a member of Avenatti's legal team,
 * announced Avenatti intended to appeal the conviction.` (fresh Wikinews, Avenatti convicted, February 2020). The name is
 * the subject of the reported clause, not the verb's inverted subject; the cue's subject stands before the verb.
 */
const NAME_THEN_PAST = new RegExp(String.raw`^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:\p{Ll}{3,}ed|${[...IRREGULAR_PAST].join('|')})\b`, 'u');

/**
 * `As Kamala Harris visited the state …, Biden campaign officials expressed concern about Latino support.` (Wikinews, On
 * the campaign trail in the USA, September 2020): a bare noun and a preposition after an object-taking verb are its
 * object (`concern about`, `support for`), not a role before an inverted subject's name; the words before the comma are
 * the writer's scene.
 */
const BARE_NOUN_OBJECT = /^\s+\p{Ll}+\s+(?:about|over|for|with|at|of|on|regarding|towards?)\s/u;

/**
 * `In a post entitled "A brave lady Speaks out about the CIA Drone Strikes", Yemeni blogger Afrah Nasser commended Medea
 * Benjamin's courage and quoted her words:` (Global Voices, Yemen, May 2012): a verb whose object is what was said
 * (`objectSpeechVerbs.ts`), before a name or a determined phrase, has its object there, not an inverted subject; the
 * words before the comma are the writer's scene, and the object is read by `cueVerb`.
 */
const takesObject = (verb: string, afterVerb: string): boolean =>
  OBJECT_SPEECH_VERBS.has(verb.toLowerCase()) && (/^\s+(?:\p{Lu}|(?:the|a|an|his|her|their|its|our)\s)/u.test(afterVerb) || BARE_NOUN_OBJECT.test(afterVerb));

/**
 * Whether the words before the comma at `comma` (an offset in the sentence) end in a name set off by commas: `The governor
 * of Puerto Rico, Wanda Vázquez Garced, declared a state of emergency` (fresh Wikinews page) is a subject, its
 * appositive and a verb with its object, not content and an inverted cue.
 */
function appositiveSubject(c: ReportedCase, comma: number): boolean {
  const { block, text, range, cues } = c;
  const named = cues.subjectBefore(block, range.start + comma, range.start);
  return named?.resolution === 'name' && named.entity !== null && /,\s*$/.test(text.slice(range.start, named.ref.start));
}

/** A final cue clause read up to its verb: the clause, its speech verb, the words after the verb and the comma before the clause. */
export interface CueClause {
  /** The clause after the sentence's last comma (or the comma before an inverted cue), as written. */
  clause: string;
  verb: string;
  /** What follows the verb in the clause, up to a closing appositive. */
  afterVerb: string;
  /** The comma before the clause, as an offset in the sentence. */
  lastComma: number;
}

/**
 * Whether the words after a final clause's speech verb leave the clause a cue (`…, Peskov said on Thursday.`): nothing, a
 * circumstance (a time, a place, an audience), a short noun phrase or a role and a name that are the verb's inverted
 * subject, an unnamed group; not a clause of its own (`…, said the team was ready`), a name and an opening quote mark,
 * or what an object-taking verb says.
 */
export function endsCueClause(c: ReportedCase, { clause, verb, afterVerb, lastComma }: CueClause): boolean {
  const afterWords = wordCount(afterVerb);
  // "…, said the team was ready" is a clause of its own: "Name, appositive, said X was …" read backwards otherwise.
  // "…, urged the immunity be waived": a subjunctive "be" makes one too.
  const finiteAfter = /\b(?:was|were|is|are|be|would|will|had|has|could|should|might|must|did)\b/.test(afterVerb);
  // "…, says economist Ama Boateng": a role noun and a name after the verb are its inverted subject; not a clause of its
  // own ("…, but Wilson said the NESC has found an equilibrium").
  const roleThenName = /^\s+[a-z-]+(?:\s+[a-z-]+)?\s+\p{Lu}/u.test(afterVerb) && afterWords <= 6 && !finiteAfter;
  // "Cyberattack No. 1 threat, says brigade commander at NIE 16.1" (an Army News Service headline, 2015): a headline
  // drops the article before the role noun that is the verb's inverted subject.
  const headlineRole = c.block === 0 && afterWords <= 6 && !finiteAfter && rolePhraseAt(afterVerb.trimStart(), 0) !== null;
  // "…, reported officials, with 25 others injured": an unnamed group after the verb is its inverted subject.
  const group = afterWords <= 3 && UNNAMED_GROUP.exec(afterVerb.trim())?.[0].length === afterVerb.trim().length;
  // "…, the organization claims to have planted …": "to" and a verb is what was claimed, not an audience ("said to reporters").
  const infinitive = /^\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|reporters|journalists|lawmakers|me|us|him|them)\b)\p{Ll}/u.test(afterVerb);
  // "…, said Cummings “worked until his last breath”": a name and an opening mark after the verb are the subject and
  // predicate of the reported clause, the verb's subject being before it; no inverted cue (wikinews-elijah-cummings-dies-2019-10-18,
  // wikinews-actor-doris-day-dies-at-97-2019-05-16).
  const nameThenQuote = NAME_THEN_QUOTE.test(afterVerb) || NAME_THEN_PAST.test(afterVerb);
  const onlyCircumstance =
    afterVerb === '' ||
    (afterWords <= 7 && CIRCUMSTANCE.test(afterVerb) && !finiteAfter && !infinitive) ||
    // "…, said the minister": a noun phrase after the verb is its subject; after ", and the NEOC announced the decision
    // that night" it is the object of a clause of its own, which reports nothing before it, and so it is after a verb
    // with a subject of its own ("Although we hope our users never encounter it, we also added a 404 page.",
    // usgov-gsa-18f-every-kid-in-a-park-follow-up-2015-10-21), save the listener a verb of telling names ("…, he told a
    // news conference") and a report of another's words ("…, CNN Philippines reported the governor said").
    (afterWords <= 4 &&
      /^\s+(?:the|a|an)\s/.test(afterVerb) &&
      !finiteAfter &&
      !/^(?:and|but)\s/i.test(clause) &&
      !appositiveSubject(c, lastComma) &&
      (clause.trimStart().startsWith(verb) || LISTENER_VERBS.has(verb.toLowerCase()) || isSpeechVerb(/(\p{L}+)\s*$/u.exec(afterVerb)?.[1] ?? ''))) ||
    roleThenName ||
    (!finiteAfter && longLowerTitleThenName(afterVerb)) ||
    headlineRole ||
    group ||
    // "…, states a resolution [ru] by the Perm Coalition for Direct Elections [ru]:": a document and its named author.
    documentByAuthor(afterVerb);
  // "…, and advised U.S. citizens to leave the country immediately" (wikinews-us-military-kills-qasem-soleimani-2020-01-05):
  // an object and "to" after a directive verb are what was directed, not an inverted subject and a circumstance.
  return onlyCircumstance && !nameThenQuote && !takesObject(verb, afterVerb) && !directsHere(verb.toLowerCase(), afterVerb);
}
