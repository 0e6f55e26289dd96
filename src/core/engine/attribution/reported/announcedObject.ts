import { hasPastForm } from './pastForm';
import { ANNOUNCING } from '../../lexicon/announcingVerbs';
import { DECLARATION_NOUNS } from '../../lexicon/declarationNouns';
import { insideMarks } from '../insideMarks';
import { claimsWrong } from './claimedWrong';

/**
 * A short noun phrase that an announcing verb takes as what was said: `Bernie Sanders and former president Barack Obama
 * announced their own support for Biden`, `He announced this change by live television`, `Hirtenberger Defence Group also
 * acknowledged the deal`, `both Saudi Arabia and the United States have alleged Iranian involvement`, `The Jakarta Post
 * reports a captain and eleven other crew` (English Wikinews 2019–2020, development half). The annotation guide's
 * object-noun cues (docs/annotation-guide.md, "Directive and object-noun cues": `called for an inquiry` → `an inquiry`)
 * give the object as the content. A long object already reads as content; these are the ones too short to have a verb.
 */

/**
 * A determined noun phrase: a determiner, a possessive or an adjective before a lower-case noun (`their own support`,
 * `this change`, `the deal`, `Iranian involvement`, `a captain`), or a bare "new", "further" or comparative before it
 * (`disclosed new steps`, `announced stricter measures`). Not a name (`confirmed Tomas Reinholt on Thursday`), a
 * pronoun, a time (`announced this week`, `reported last year`), nor people who are acknowledged or reported to
 * someone rather than said (`acknowledged the crowd`, `reported the suspect to police`).
 */
const DETERMINED_NOUN =
  /^\s+(?:(?:the|a|an|this|these|its|his|her|their|our)\s+|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ic|al)\s+|(?:new|fresh|further|additional|stricter|tighter|tougher)\s+)(?!(?:week|weekend|month|year|morning|afternoon|evening|day|time|crowd|fans|audience|supporters|people|suspects?|victims?|family|incident|accident|crash|death|deaths)\b)(?:own\s+)?["“]?\p{Ll}{3,}/u;

/** Where the object ends: before a comma, a semicolon, or a phrase of how or when it was announced (`by live television`, `on Wednesday`). */
const OBJECT_END = /\s*[,;]|\s+(?:by|on|at|during|in|via|through|after|before|when|while|as|yesterday|today|last|earlier|later|despite)\b/gu;

/**
 * Verbs, lower case, that state or affirm a stand: their object is what was said only when it is the speaker's own
 * declared aim or stand (`DECLARED`): "stated its intention to leave", not "stated the obvious" or "confirmed his
 * appointment".
 */
const DECLARING: ReadonlySet<string> = new Set(['stated', 'states', 'declared', 'declares', 'affirmed', 'affirms', 'reaffirmed', 'reaffirms']);

/** A possessive, perhaps a word of degree, then a declaration noun (`lexicon/declarationNouns.ts`) and more words after it. */
const DECLARED = /^\s+(?:its|his|her|their|our)\s+(?:(?:own|full|firm|strong|clear|continued|unwavering)\s+)?(\p{Ll}+)\s+(?:to|for|of|in)\s/u;

/**
 * Bare plans and what they are to, for or of, right after the verb: `President Trump has announced plans to withdraw the
 * United States form the Paris Climate Accords` (wikinews-us-government-report-says-climate-change-is-human-made-2017-11-04),
 * `NASA’s Nancy Grace Roman Space Telescope team has announced plans for an unprecedented survey of the plane of our Milky
 * Way galaxy` (usgov-nasa-roman-galactic-plane-survey-2024-03-12), `The newly elected president of Bolivia, announced plans
 * of socializing part of the energy resources` (wikinews-venezuelan-president-chavez-criticises-bush-un-address-2006-09-22).
 * Without a determiner the noun reads as no object (`DETERMINED_NOUN`), yet the gold holds every such phrase of the
 * development half as what was announced, with all the plan's clause (`…, in which participating countries pledge …, and
 * to loosen federal laws …`): the plans open content as a promise's "to" does, not a short object.
 */
const BARE_PLANS = /^\s+plans\s+(?:to|for|of)\s+(?=\p{L})/u;

/** Whether an announcing verb, lower case, makes known the bare plans `after` opens (`BARE_PLANS`). */
export const announcesPlans = (lower: string, after: string): boolean => /^announce[ds]$/.test(lower) && BARE_PLANS.test(after);

/**
 * Whether the words after the verb (`after`) are the speaker's declared stand, for a stating verb (`lower`): the noun
 * phrase is then the content however long it runs (`stated its intention to leave the Polish market altogether`), not
 * a clause the verb reports.
 */
export const declares = (lower: string, after: string): boolean =>
  (DECLARING.has(lower) && DECLARATION_NOUNS.has(DECLARED.exec(after)?.[1] ?? '')) ||
  (AIMING.has(lower) && DECLARATION_NOUNS.has(AIMED.exec(after)?.[1] ?? ''));

/**
 * Verbs, lower case, that state or show an aim when a declaration noun and a "to" with its verb follow: "Selek has
 * indicated a desire to return to Turkey" (wikinews-istanbul-court-acquits-pinar-selek-fourth-time-2014-12-20), "Martin
 * expresses a desire to participate" (wikinews-birther-king-announces-2016-campaign-2015-08-16), "Channel 4 have
 * previously stated an intent to defend the legal action" (wikinews-ryanair-sack-sue-pilot-safety-documentary-2013-08-15);
 * the guide's rule for `indicated a desire to …` (docs/annotation-guide.md). Not "expressed support to the victims".
 */
const AIMING: ReadonlySet<string> = new Set([...DECLARING, 'expressed', 'expresses', 'indicated', 'indicates']);

/** An article, a possessive or nothing, perhaps a word of degree, a noun, then "to" and a verb (no determiner or pronoun). */
const AIMED =
  /^\s+(?:(?:a|an|its|his|her|their|our)\s+)?(?:(?:own|full|firm|strong|clear|continued|unwavering)\s+)?(\p{Ll}+)\s+to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|them|him|me|us|it)\b)\p{Ll}/u;

/**
 * A death an announcement makes known, a possessive before it: "The government of Burundi on Tuesday announced his death",
 * "The government statement … announced the President's death" (wikinews-burundi-president-nkurunziza-dies-2020-06-10), "The
 * country's state news announced the death on television" (wikinews-former-egyptian-president-mubarak-dies-2020-02-27). The
 * guide gives the object as the content (docs/annotation-guide.md, "Directive and object-noun cues"). Only after
 * "announced": "reported the death of a driver" tells of an event, as `DETERMINED_NOUN` keeps out.
 */
const ANNOUNCED_DEATH = /^\s+(?:his|her|the\s+\p{Lu}\p{Ll}+['’]s|the)\s+death\b/u;

/**
 * Whether the verb, lower case, announces or reveals the determined noun phrase that `after` opens: what an unnamed group
 * makes known is its words too (`Around the world, countries announced stricter measures …`,
 * wikinews-sars-cov-2-surpasses-one-million-infections-2020-04-05), but not a stand it declares (`Developers expressed a
 * strong desire …` tells a wish, no words).
 */
export const announcesNoun = (lower: string, after: string): boolean =>
  ANNOUNCING.has(lower) && DETERMINED_NOUN.test(after) && !confirmsNomination(lower, after);

/**
 * A nomination or an appointment confirmed: "The Senate confirmed his nomination on Tuesday" is a vote, no words, although a
 * fact confirmed is announced (`The United States Navy confirmed the discovery`, announcingVerbs.ts).
 */
const confirmsNomination = (lower: string, after: string): boolean =>
  /^confirm/.test(lower) && /^\s+(?:the|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:nominations?|nominees?|appointments?|appointees?)\b/u.test(after);

/**
 * A figure given out as a count of things, perhaps "new" or "more" before their noun, or "more" alone before it: `has
 * confirmed five new deaths due to COVID-19 on the day` (wikinews-bangladesh-five-new-covid-19-deaths-daily-highest-2020-
 * 04-08), `the government has reported more cases of measles, including 165 …` (wikinews-samoa-measles-vaccination-
 * shutdown-2019-12-07). The count is the figure the body made known (docs/annotation-guide.md, "Directive and
 * object-noun cues"). Not a time (`confirmed two weeks ago`), nor people handed over (`reported two suspects to police`).
 */
export const COUNTED_OBJECT =
  /^\s+(?:(?:at\s+least|more\s+than|over|about|nearly|almost|around)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds\s+of|dozens\s+of|thousands\s+of|more)\s+(?:(?:new|more|additional|further|confirmed)\s+)?(?!(?:weeks?|weekends?|months?|years?|days?|hours?|minutes?|times|suspects?|people|men|women|persons?|children)\b)\p{Ll}{3,}/u;

/** Whether the verb, lower case, announces the noun phrase that `after` (the text right after the verb) opens. */
export const announcesObject = (lower: string, after: string): boolean =>
  announcesNoun(lower, after) ||
  (ANNOUNCING.has(lower) && COUNTED_OBJECT.test(after)) ||
  (/^announce[ds]$/.test(lower) && ANNOUNCED_DEATH.test(after)) ||
  claimsWrong(lower, after) ||
  declares(lower, after);

/** Where an announced object starting at `start` ends, before `stop` (UTF-16 offsets into `text`, half-open). */
export function announcedObjectEnd(text: string, start: number, stop: number): number {
  const object = text.slice(start, stop);
  const end = [...object.matchAll(OBJECT_END)].find((m) => !insideMarks(object.slice(0, m.index)));
  return end ? start + end.index : stop;
}

/** A word that may be a verb: an auxiliary, or a form in -ed. */
const MAYBE_VERB = /\b(?:is|are|was|were|be|been|will|would|can|could|should|must|may|might|has|have|had|do|does|did|\p{Ll}{2,}ed)\b/u;

/**
 * Whether `content`, the words a verb (`lower`, lower case) reports once the next act (`rest`, from "and" on) is cut
 * off, is an announced object with no verb of its own: `announced his death` of "The government of Burundi on Tuesday
 * announced his death and announced the cause of death as a cardiac arrest" (wikinews-burundi-president-nkurunziza-dies-
 * 2020-06-11), where the words up to the sentence's end held the next act's verb and so read as a clause.
 */
export const objectAlone = (lower: string, content: string, rest: string): boolean =>
  /^,?\s+and\s/.test(rest) && announcesObject(lower, content) && !MAYBE_VERB.test(content) && !hasPastForm(content);
