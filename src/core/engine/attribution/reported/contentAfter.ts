import { wondersWhether } from './wonderedHow';
import { OBJECT_SPEECH_VERBS } from '../../lexicon/objectSpeechVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { announcesObject, announcesPlans, declares } from './announcedObject';
import { pastAsides, pastListener, pastTags } from './betweenCueAndContent';
import { opensBareClause, opensClause, opensCountClause, opensPronounClause } from './clauseStart';
import { callContentStart, callCueEnd, directsHere } from './directives';
import { mandateThat } from './mandateThat';
import { hasClause } from './notACue';
import { PROMISE_VERBS, TO_CLAUSE } from './auxiliaryCue';
import { claimsToBe } from './claimedToBe';
import { claimsResponsibility } from './responsibility';
import { framesObject } from './objectFrame';
import { countedObjectStart } from './countedObject';
import { hasPastForm } from './pastForm';
import { demonstrativeThat, relativeThat } from './relativeThat';
import { topicStart } from './talkedOf';
import { opensWithSubordinate } from './subordinateOpening';
import { plainObject } from './plainObject';
import { gerundStart } from './gerundComplement';
import { deniesCharge } from './actObject';

/**
 * When or where it was said, before "that": `claimed in September 2003 that`, a year in commas (`in a speech on February
 * 5, 2004, that`), `stated, amidst reports of …, that`, `announced along with the United Kingdom that` (held-out golds
 * of session 36: wikinews-us-claims-iraqi-bioweapons-labs-…-2006-04-12, wikinews-military-advisers-libya-…-2011-04-20);
 * a year with no comma after it (`reported on January 31, 2005 that`) and a limit of time (`had said as late as Thursday
 * that`), held-out golds of session 37 (wikinews-colombia-releases-detailed-report-about-farc-2005-02-01, wikinews-2008-
 * dakar-rally-cancelled-over-terrorist-threat-2008-01-05). "this" opens a time only before a time's noun or a day ("this week",
 * "this Monday"): "The researchers have speculated this upwelling pattern may have occurred repeatedly during the
 * volcanic process that produced the Hawaiian Island chain" (wikinews-phytoplankton-bloom-after-kilauea-eruption-2019-09-08)
 * reports the whole clause, not "produced the Hawaiian Island chain" after a later relative "that".
 */
const TIME_OR_PLACE =
  /^(?:\s*,)?\s*(?:on|in|at|during|late|early|last|this(?=\s+(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter|season|time|past|coming|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|earlier|later|yesterday|today|tonight|via|through|after|before|while|amid|amidst|along\s+with|as\s+(?:late|early|recently)\s+as|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:[^,;:"“”]|,(?=\s+\d{4}(?:,|\s+that\b))){0,90}?(?=,?\s+that\b|\s*,(?!\s+\d{4}(?:,|\s+that\b))|\s*$)/i;
/**
 * A day told bare after the verb, before a clause with no "that": "said Monday the bridge would reopen" (AP style); so
 * a day with "on", "last week" or "at the time": "The military said at the time a jet mistook refugees for rebels"
 * (wikinews-nigerian-refugee-camp-airstrike-death-toll-passes-100-2017-01-24). The clause after it must still open as
 * one (`BARE_CLAUSE`), so "said on Monday." or "said last week in a statement" reports nothing.
 */
const BARE_DAY =
  /^\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|tonight|at\s+the\s+time|last\s+(?:week|month|year))(?:\s+(?:morning|afternoon|evening|night))?(?=\s+\S)/;
/**
 * A clause with no "that" starts with a word that cannot begin a preposition phrase or an adverbial; "no" may, when a
 * noun phrase and a verb follow ("noted no ransom has been sought", "said no traces of poison was found", not "said no
 * to the plan"); "this" and "next" may before a possessive ("said this year’s contest … was one of the best", not
 * "said this week"; "MacDonncha said next year's contest should be boycotted", wikinews-dublin-mayor-eurovision-boycott-
 * israel-2018-05-15); "this" may also be as a noun's determiner before an auxiliary ("noting this kind of equipment is
 * needed by the Defence Forces"); "since" may
 * as "since then" ("said since then members have been receiving threatening phone calls"); "no-one" is a subject ("with
 * local media reporting no-one was in the houses"). A time an adverb qualifies is no clause either ("The newspaper Infobae
 * [es] reported just after the law was passed:", whose report is the block after the colon). A word that only opens like a
 * preposition is none: "Diouf says under-investment in agriculture and rural development is one of the root causes …"
 * (wikinews-un-more-investment-agriculture-world-hunger-2009-10-21).
 */
const BARE_CLAUSE =
  /^\s+(?!(?:(?:just|right|shortly|soon|immediately)\s+(?:after|before|as|when|since|prior)|to|by|in|on|at|for|with|of|about|after|before|during|following|until|as|when|while|because|if|outside|inside|near|from|over|under|through|since(?!\s+then\b)|last|this(?!\s+\p{L}+['’]s\s|\s+(?!(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter|season|time|past|coming)\b)\p{Ll}{3,}\s+(?:\p{Ll}+\s+){0,3}?(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\b)|next(?!\s+\p{L}+['’]s\s)|earlier|later|again|goodbye|nothing|so|yes|no(?!-one\b|\s+(?:\p{Ll}+\s+){1,4}?(?:has|have|had|was|were|is|are|will|would|could|can)\b))\b(?!-))[\p{L}'’"“]/u;

/**
 * A short quoted name, then the verb it is the subject of: `“Beyond Imagination” emerged` in `She said “Beyond
 * Imagination” emerged from a personal philosophy.` (a NASA page, 2024). The marks set off a title, and the clause after
 * the cue is reported speech, not a quotation the cue introduces.
 */
const QUOTED_SUBJECT = /^\s*["“][^"“”]{1,60}[”"]\s+(?:is|are|was|were|has|have|had|will|would|\p{Ll}{3,}ed)\b/u;

/** A finite verb, or a verb form a clause can have: what makes "said the plan was dead" a clause. */
const FINITE =
  /\b(?:is|are|was|were|will|would|can|could|should|shall|must|may|might|has|have|had|do|does|did|isn't|aren't|wasn't|weren't|won't|wouldn't|can't|couldn't|shouldn't|mustn't|hasn't|haven't|hadn't|didn't|doesn't|don't|made|took|gave|came|went|got|kept|left|led|found|saw|told|thought|became|began|brought|built|bought|caught|chose|drove|fell|felt|held|knew|lost|meant|met|paid|put|ran|rose|sent|set|stood|won|wrote|died|[a-z]{3,}ed|[a-z]{3,}s)\b/;

/**
 * What a cue set inside its clause by commas goes on with: the rest of the clause (`The reason, Work said, is that …`,
 * `This, he said, makes his job …`). Not a quotation (a direct quote's sieves read it), nor a clause of the cue's own
 * (`, adding that …`, `, who …`, `, and …`).
 */
const RESUMED_CLAUSE = /^\s*,\s+(?!["“‘']|(?:and|but|or|who|which|whom|whose|according|as|in|on|at)\b|\p{L}+ing\b)/u;
/**
 * A comma right after the verb, then a clause that opens with a determiner, a pronoun, a number or a name: "Indeed, News
 * 12 reported, only buildings adjacent to the break were without water service." (fresh Wikinews, White Plains water
 * main, 13 August 2020). Not an aside ("said, however,", "said, in a statement,"), a participle ("said, adding …") nor
 * a quotation, which open with none of these.
 */
const COMMA_THEN_CLAUSE =
  /^,\s+(?=(?:the|a|an|this|these|those|his|her|its|their|our|some|only|all|most|many|both|each|no|he|she|they|it|we|there|I)\s|\d|\p{Lu}\p{Ll}+\s+\p{Ll})/u;

/** Where reported content starts after a cue and where the cue ends (UTF-16 offsets); `object` for a short object. */
export interface ContentSpan {
  contentStart: number;
  cueEnd: number;
  object?: true;
  /** A count given out (`countedObject.ts`), which runs on through where it was counted. */
  counted?: true;
}

/**
 * Where the reported content after a cue verb starts, and where the cue ends, in `text` (UTF-16 offsets, `verbEnd` the
 * verb's end, `end` the sentence's); `object` when the content is the verb's short object ("announced their support").
 * Null when the verb does not introduce speech here. `continued`: the verb goes on from an earlier cue's subject;
 * `parenthetical`: the cue is set off inside its clause by commas. Rules: docs/annotation-guide.md, reported speech.
 */
export function contentAfter(text: string, verbEnd: number, end: number, lower: string, continued: boolean, parenthetical: boolean): ContentSpan | null {
  let contentStart = verbEnd;
  let cueEnd = verbEnd;
  const out = /^\s+out\b/.exec(text.slice(verbEnd));
  if (out) {
    contentStart += out[0].length;
    cueEnd = contentStart;
  }
  // "Schilling felt inspired to get involved." (NASA_RAG 17), "She felt honored to be chosen": a past participle after
  // "feel" is how the subject felt, a predicate as after a linking verb (linkingVerbs.ts), not a thought's clause.
  if (/^(?:feel|feels|felt|feeling)$/.test(lower) && /^\s+\p{Ll}{3,}ed\b/u.test(text.slice(contentStart, end))) return null;
  contentStart = pastAsides(text, contentStart, lower);
  // "told of being forced to re-evaluate her life": the topic spoken of, which may hold a "to" of its own.
  const topic = topicStart(lower, text, verbEnd);
  if (topic !== null) return { contentStart: topic, cueEnd: callCueEnd(text, topic) };
  // "admitted not knowing how to send SMS messages": the -ing clause is what was said.
  const gerund = gerundStart(lower, text, contentStart);
  if (gerund !== null) return { contentStart: gerund, cueEnd };
  if (directsHere(lower, text.slice(contentStart, end)) || framesObject(lower, text.slice(contentStart, end))) {
    // "asked that the government of Yemen begin …": the mandate's "that" closes the cue, as "said that" does.
    const that = mandateThat(lower, text.slice(contentStart, end));
    return that > 0 ? { contentStart: contentStart + that, cueEnd: contentStart + that } : { contentStart, cueEnd };
  }
  const call = callContentStart(lower, text, verbEnd);
  if (call !== null) return { contentStart: call, cueEnd: callCueEnd(text, call) };
  const listener = pastListener(text, contentStart, lower);
  if (listener === null) return null;
  contentStart = listener;
  // "said of his time at Second City that …": what the speech is about stands between the verb and "that".
  const about = /^\s+of\s+[^,;:"“”]{1,80}?(?=\s+that\b)/.exec(text.slice(contentStart));
  if (about) contentStart += about[0].length;
  const adverb = /^\s+([a-z]+ly|separately|again|also|later|then)(?=\s+that\b)/.exec(text.slice(contentStart));
  if (adverb) contentStart += adverb[0].length;
  const manner = adverb ? contentStart : pastMannerAdverb(text, contentStart);
  if (manner !== contentStart) contentStart = cueEnd = manner;
  const time = TIME_OR_PLACE.exec(text.slice(contentStart, end));
  if (time && /^,?\s+that\b/.test(text.slice(contentStart + time[0].length, contentStart + time[0].length + 7))) contentStart += time[0].length;
  const that = /^\s*,?\s*that\b/.exec(text.slice(contentStart));
  if (that) {
    if (!hasClause(text.slice(contentStart, end))) return null;
    if ((about || time) && relativeThat(text, contentStart + that[0].length)) return null;
    if (demonstrativeThat(text, contentStart + that[0].length)) return null;
    contentStart += that[0].length;
    if (!continued || lower !== 'said') cueEnd = contentStart;
    // "stated that [zh] "it would be a miracle …"" (gv-china-philippines-scarborough-shoal-tension-rises-2012-05-10): a
    // link's language tag after "that" is no word of what was said.
    return { contentStart: pastTags(text, contentStart), cueEnd };
  }
  // A cue set off inside the clause reports what the clause says after it; what came before is too short a part, or
  // an introductory phrase ("As telescope observations continue, Doner said, scientists are looking …").
  const resumed = parenthetical ? RESUMED_CLAUSE.exec(text.slice(contentStart, end)) : null;
  if (resumed) {
    const content = text.slice(contentStart + resumed[0].length, end).trim();
    return content.split(/\s+/).length >= 4 && (FINITE.test(content) || hasPastForm(content))
      ? { contentStart: contentStart + resumed[0].length, cueEnd }
      : null;
  }
  // Only a past verb the comma follows at once, and a clause with a verb of its own: "the news reports, Jorgensen polled
  // …" is a noun, and "told Wikinews, a choice leaving her …" glosses the quote before.
  const comma =
    parenthetical || continued || contentStart !== verbEnd || !/(?:ed|said|told|wrote)$/.test(lower)
      ? null
      : COMMA_THEN_CLAUSE.exec(text.slice(contentStart, end));
  if (comma && opensBareClause(text, contentStart + comma[0].length - 1)) return { contentStart: contentStart + comma[0].length, cueEnd };
  // "wondered how the suicide bomber went unnoticed": an indirect question, from its question word on.
  if (OBJECT_SPEECH_VERBS.has(lower) || claimsResponsibility(lower, text.slice(contentStart)) || wondersWhether(lower, text.slice(contentStart, end)))
    return { contentStart, cueEnd };
  if (deniesCharge(lower, text.slice(contentStart))) return { contentStart, cueEnd };
  if (opensWithSubordinate(text, contentStart, end, lower)) return { contentStart, cueEnd };
  return bareContent(text, contentStart, cueEnd, end, lower);
}

/**
 * The content of a clause with no "that" after a cue verb, from `contentStart` (UTF-16, in `text`, up to `end`): past a
 * bare day ("said Monday the bridge would reopen"), a promise's "to" ("has vowed to hit …"), a short object that is what
 * was announced, or a clause with a verb of its own. The object alone (`object: true`) when no clause follows it; null
 * when neither does.
 */
function bareContent(text: string, start: number, cueEnd: number, end: number, lower: string): ContentSpan | null {
  let contentStart = start;
  // "reported 36 infections with COVID-19 at … Base", "reported on Tuesday, 21 confirmed cases of the virus …": a count.
  const counted = countedObjectStart(lower, text, start, end);
  if (counted !== null) return { contentStart: counted, cueEnd, object: true, counted: true };
  const day = BARE_DAY.exec(text.slice(contentStart, end));
  if (day && (BARE_CLAUSE.test(text.slice(contentStart + day[0].length)) || opensCountClause(text, contentStart + day[0].length)))
    contentStart += day[0].length;
  // "has vowed to hit …", "claims to have planted …": what was promised or claimed, with its "to" (docs/annotation-guide.md).
  // "announced plans to withdraw …" (announcedObject.ts): the plans and their clause, as a promise's "to".
  if (
    (PROMISE_VERBS.has(lower) && TO_CLAUSE.test(text.slice(contentStart))) ||
    claimsToBe(lower, text.slice(contentStart)) ||
    announcesPlans(lower, text.slice(contentStart))
  )
    return { contentStart, cueEnd };
  // "announced their own support for Biden", "acknowledged the deal": a short object that is what was announced.
  const object = announcesObject(lower, text.slice(contentStart, end)) ? ({ contentStart, cueEnd, object: true } as const) : null;
  if (object && declares(lower, text.slice(contentStart, end))) return object;
  const quotationFirst = /^\s*[:"“]/.test(text.slice(contentStart)) && !QUOTED_SUBJECT.test(text.slice(contentStart));
  if ((!BARE_CLAUSE.test(text.slice(contentStart)) && !opensCountClause(text, contentStart)) || quotationFirst) return object;
  // A clause without "that" still has a verb of its own: "confirmed Tomas Reinholt on Thursday" reports no speech.
  const content = text.slice(contentStart, end).trim();
  if (content.split(/\s+/).length <= 8 && !FINITE.test(content) && !hasPastForm(content) && !opensPronounClause(text, contentStart) && !nounThenBelief(content))
    return object;
  // "the company added meditation apps …": what was put in or ended, not what was said.
  if (plainObject(lower, content)) return object;
  return { contentStart, cueEnd };
}

/**
 * An adverb in -ly that tells how the words were said, not what: "has said publicly", "said repeatedly". Not one that
 * opens the clause it stands before ("said nearly 100 people …", "said only the council …"), nor a noun in -ly.
 */
const MANNER_ADVERB = /^\s+(?!(?:only|nearly|early|likely|family|daily|weekly|monthly|yearly|hourly|supply|reply|rally|assembly|ally)\b)\p{Ll}{3,}ly(?=\s)/u;

/**
 * Where the content starts past a manner adverb right after the verb (`MANNER_ADVERB`), when a clause with no "that"
 * follows it: "Bolsonaro has said publicly the Amazon rainforest should be opened up to agriculture"
 * (wikinews-world-leaders-amazon-fires-g7-2019-08-24); the adverb is the cue's (AP style sets it after "said"). `at`
 * otherwise. Offsets are UTF-16, into `text`.
 */
function pastMannerAdverb(text: string, at: number): number {
  const manner = MANNER_ADVERB.exec(text.slice(at, at + 40));
  const after = at + (manner?.[0].length ?? 0);
  return manner && (opensClause(text, after) || opensPronounClause(text, after)) ? after : at;
}

/**
 * A bare noun and a speech or belief verb in the plural present, which has no mark of its own: "stated police believe
 * him to be aged 25" (wikinews-escape-room-fire-koszalin-poland-2019-01-05) is a clause the police's belief makes.
 */
function nounThenBelief(content: string): boolean {
  const verb = /^\p{Ll}+\s+(\p{Ll}+)\b/u.exec(content)?.[1] ?? '';
  return isSpeechVerb(verb) && !/(?:s|ed|ing)$/.test(verb);
}
