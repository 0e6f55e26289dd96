import { usedOccasionBefore } from './usedOccasion';
import { isReportingLemma } from '../../lexicon/reportingVerbs';
import { hasPastForm } from './pastForm';
import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { WRITTEN_WORKS } from '../../lexicon/writtenWorks';
import { pastAsides, pastListener } from './betweenCueAndContent';
import { auxiliaryReports } from './auxiliaryCue';
import { framesObject } from './objectFrame';
import { tailOf, type ReportedCase } from './reported';
import { opensBareClause, opensClause } from './clauseStart';
import { CLAIM_VERBS } from '../../lexicon/claimVerbs';
import { unnamedGroupSays } from './unnamedGroupSays';
import { describedBefore } from './unnamedGroup';
import { unreadSubjectSays } from './unreadSubject';
import { isSayingNoun } from './sayingNoun';
import { requestReported } from './requestedObject';
import { afterIssuedMessage } from '../issuedStatement';
import { citesReason } from './citingReason';

/**
 * What a "welcome" reports as said: a decision, a move, news, a view (`welcomed the decision to …`). Welcoming people
 * or things to a place is hosting them, not speech: `NASA welcomed commercial partners … to Marshall`, `Dr. Carrie Olsen
 * welcomes students to NASA’s Stennis Space Center`, `welcomed its newest class of … astronauts`.
 */
const WELCOMED_SAYING =
  /^\s+(?:(?:the|a|an|this|these|that|those|its|his|her|their|our|any|such|all)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:decisions?|moves?|news|announcements?|agreements?|deals?|rulings?|verdicts?|proposals?|plans?|steps?|initiatives?|reports?|results?|outcomes?|progress|talks|ceasefire|truce|release|resolutions?|votes?|laws?|bills?|commitments?|offers?|statements?|findings|changes?|reforms?|ideas?|calls?|views|viewpoints|feedback|input|comments|suggestions)\b(?!\s+(?:to|into|at|aboard|onto)\s+\p{Lu})/u;

/**
 * Whether "wrote" (or "posted", "published") takes a piece of writing as its object: "wrote a column on the issue and
 * tried to understand", "wrote two blog posts about …", "wrote new software that runs the rover" tell what was written,
 * not what was said. The noun is one of the first three words of the object, before any word that opens a clause or a
 * phrase of its own ("wrote that the program worked" reports what was written to say).
 */
function writesAWork(lower: string, after: string): boolean {
  if (!/^(?:wrote|writes|posted|published)$/.test(lower)) return false;
  const object = /^\s+(?:(?:a|an|the|his|her|their|its|two|three|several|many|an?\s+open)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\b/u.exec(after);
  const words = (object?.[1] ?? '').toLowerCase().split(/\s+/);
  const stop = words.findIndex((w) => /^(?:that|which|who|to|about|on|for|in|of|with|and|or)$/.test(w));
  const phrase = stop < 0 ? words : words.slice(0, Math.max(1, stop));
  return words[0] !== 'that' && phrase.some((w) => WRITTEN_WORKS.has(w) || DOCUMENT_NOUNS.has(w));
}

/**
 * "Answered" a call, the door or the phone is an act, not a reply: "on two occasions he answered nature’s call by a
 * roadside in Ibadan" (Global Voices, 2012, Rashidi Yekini's obituary), "answered the call to serve", "answered the door".
 */
const ANSWERED_A_CALL =
  /^answer(?:ed|s|ing)?\s+(?:(?:the|a|an|his|her|their|its|our|nature['’]s|duty['’]s)\s+)?(?:[\p{Ll}-]+\s+)?(?:call|calls|door|phone|telephone|summons|bell)\b/u;

/** A subject pronoun: words between a verb and "that" that hold one are a clause of their own, no listener. */
const SUBJECT_PRONOUN = /\b(?:I|we|you|he|she|they|it)\b/i;

/**
 * Whether a that-clause after a speech verb with no speaker mention may still be reported speech, left unattributed
 * (`Other sites such as Gawker.com have stated that …`). Not when the verb is a noun (`all claims that …`, `a lot of
 * unfunny jokes that are told …`), an infinitive of purpose (`exercises to confirm that …`), the writer's aside (`It is
 * worth noting that …`, `it`/`this`/`which`/`who` before the verb), a denied subject (`not everyone believes that …`) or
 * the writer's own question (`What dishes would you recommend that go well …?`).
 */
export function unnamedMaySpeak(c: ReportedCase, verbStart: number, verbEnd: number, lower: string): boolean {
  const { text, range } = c;
  // "The Famine Early Warning System reported recently that …" (voa-zimbabwe-wfp-ramps-up-food-aid-2008-01-02): an adverb
  // in -ly may stand between the verb and "that".
  const tail = tailOf(text, range.start, verbStart);
  // "In São Paulo, Maria Rita told the crowd [pt] that she could …" (gv-brazil-maria-rita-homage-elis-regina-2012-05-21), "CCN
  // reminds his readers that …": whom the words were told to may stand between the verb and "that". Not after a participle
  // ("…, telling the world that …" of a record broken, gv-hong-kong-say-no-to-cctvb-2009-06-08), nor past a subject of a
  // clause of its own ("When I tell stories I don't like that …", wikinews-interviews-mathematician-aner-shalev-2007-09-19).
  const listened = lower.endsWith('ing') ? verbEnd : (pastListener(text, pastAsides(text, verbEnd, lower), lower) ?? verbEnd);
  const thatAt = SUBJECT_PRONOUN.test(text.slice(verbEnd, listened)) ? verbEnd : listened;
  if (!/^\s*(?:\p{Ll}{3,}ly\s+)?that\b/u.test(text.slice(thatAt)))
    return unnamedGroupSays(c, verbStart, verbEnd, lower) || unreadSubjectSays(c, verbEnd, lower, tail);
  // "criticism from activists who argue that …" (gv-mexico-bike-ride-protest-supervia-2012-05-01): "who" after a group the
  // text describes stands for that group, which speaks unnamed; after anything else it is the writer's aside.
  const groupWho = /\bwho\s+(?:\w+\s+)?$/i.test(tail) && describedBefore(c, verbStart);
  if ((/\b(?:it|this|which|who)\s+(?:\w+\s+)?$/i.test(tail) && !groupWho) || /\b(?:worth|let['’]s)\s+$/i.test(tail)) return false;
  // "But not everyone believes that …", "No one claimed that …": a denied subject says nothing.
  if (/\b(?:not\s+(?:everyone|everybody|all)|no(?:\s+|-)one|nobody|none)\s+(?:\w+\s+)?$/i.test(tail)) return false;
  // "went on to explain that …" goes on speaking; "safe to say that", "exercises to confirm that" are no one's words.
  if (/\bto\s+$/i.test(tail) && !/\b(?:went|goes|go|going|continued|continues|proceeded|quick)\s+(?:on\s+)?to\s+$/i.test(tail) && !usedOccasionBefore(tail))
    return false;
  if (/\?\s*["”]?\s*$/.test(text.slice(range.start, range.end))) return false;
  const noun =
    (NOUN_FORMS.test(lower) && /\b(?:the|a|an|all|any|many|some|several|these|those|such|no|of|his|her|their|its|our|other|of\s+\p{Ll}+)\s+$/iu.test(tail)) ||
    (NOUN_ONLY.test(lower) && /\b(?:the|a|an|all|few|many|some|several|these|those|such|of|his|her|their|its|our)\s+\p{Ll}+\s+$/iu.test(tail));
  // "explaining that effort and the importance of HTTPS": "that" is a determiner when no verb follows.
  return !noun && hasClause(text.slice(verbEnd, range.end));
}

/**
 * Whether the words after a cue verb, from "that" on, hold a clause with a verb of its own: in `explaining that effort
 * and the importance of HTTPS` "that" is a determiner, and nothing is reported.
 */
export const hasClause = (words: string): boolean =>
  CLAUSE_VERB.test(words) || hasPastForm(words) || /^\s*,?\s*that\s+(?:I|we|you|they|he|she|it|there)\b/.test(words);

/** A verb a that-clause has: an auxiliary (contracted too), a past form or a present third person. */
const CLAUSE_VERB =
  /\b(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had|do|does|did|gave|made|took|came|went|got|led|left|found|saw|told|thought|became|began|brought|built|felt|held|kept|knew|lost|meant|met|paid|put|ran|rose|sent|set|stood|won|wrote|grew|fell|spoke|said|\p{Ll}{2,}ed|\p{Ll}{3,}s)\b|\p{L}['’](?:s|re|ll|ve|d|m|t)\b/u;

/** Of `NOUN_FORMS`, the ones that are no verb after an adjective either: "a few core questions that would help us". */
const NOUN_ONLY = /^(?:jokes|questions|promises|demands|calls|replies|thanks)$/;
/** A determiner and perhaps an adjective before a form in `NOUN_ONLY`: "a few core questions". */
const NOUN_ONLY_AFTER = /\b(?:the|a|an|all|few|many|some|several|these|those|such|of|his|her|their|its|our)\s+(?:\p{Ll}+\s+)?$/iu;
/** Forms of speech verbs that are also plural nouns: after "a lot of unfunny", "jokes that are told" is a noun's. */
const NOUN_FORMS = /^(?:jokes|claims|reports|notes|comments|answers|questions|promises|estimates|demands|calls|posts|counters|states|thanks|praises|replies)$/;

/** Whether the next word is a reporting verb in its base form, a plural subject's present: ` claim little damage …`. */
function plainPresentSpeech(after: string): boolean {
  const word = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1] ?? '';
  return isReportingLemma(word);
}

/** A determined object, then the means it is estimated by: ` the population by observing …`, ` their numbers using counting …`. */
const ESTIMATED_BY_MEANS = /^\s+(?:the|their|its|his|her|a|an)\s+(?:[\p{L}-]+\s+){1,3}?(?:by|using|through)\s+\p{Ll}+ing\b/u;

/** A past participle of a speech verb: a regular one, or an irregular one ("told", "written", "shown"). */
const PARTICIPLE = /(?:ed|told|written|spoken|shown|given|heard|taught|known|thought|sworn)$/;

/**
 * Whether a speech verb here is no cue: passive, "pointed" or "pointing" without "out" ("pointing to the map"), "claimed victory", a welcome that hosts.
 * "claimed responsibility for the attacks" is one: a group says it did it (docs/annotation-guide.md, "Directive and
 * object-noun cues"), read by `claimsResponsibility` (responsibility.ts).
 */
export function notACue(c: ReportedCase, verbStart: number, verbEnd: number, lower: string): boolean {
  const { text, range } = c;
  const tail = tailOf(text, range.start, verbStart);
  // "has has pointed out that the fate of foreign journalists …": the particle stands between the verb and "that".
  const perfect = auxiliaryReports(c, verbStart, verbEnd, lower);
  if (/\b(?:was|were|is|are|been|being|be|so|had|has|have)\s+$/i.test(tail) && lower !== 'said' && !perfect) return true;
  if (!perfect && /\b(?:was|were|is|are|been|being|so-)\s*$/i.test(tailOf(text, range.start, verbStart))) return true;
  // "He was also praised in the West": an adverb between the auxiliary and a participle leaves it a passive. So with an
  // irregular one: "the court was also told MacKinnon had previously cut his hand" (wikinews-judge-jails-two-men-life-
  // liam-aitchison-murder-2013-06-10) names whom it was told to, never who told it.
  if (PARTICIPLE.test(lower) && /\b(?:was|were|is|are|been|being)\s+(?:also|then|later|again|not|widely|\p{Ll}+ly)\s+$/iu.test(tail)) return true;
  if (/^point(?:ed|ing)?$/.test(lower) && !/^\s+out\b/.test(text.slice(verbEnd))) return true;
  if (isSayingNoun(text, range.start, verbStart, verbEnd)) return true;
  // "…, with the latter yesterday confirming on Twitter they were "not traveling to the crash scene at this time.""
  // (wikinews-pge-helicopter-crashes-near-fairfield-2020-06-04): "confirming" reports only with its subject after "with".
  // A participle hung on a clause confirms by what happened ("died shortly afterwards, apparently confirming that …",
  // gv-zimbabwe-tb-joshua-visit-hornets-nest-2012-05-13; "the first signal returned, confirming Opportunity had safely
  // landed", usgov-nasa-twin-rovers-20-years-mars-science-2024-01-27). A statement confirms in words: "Ryanair issued a
  // statement confirming legal proceedings have been begun …" (wikinews-ryanair-sack-sue-pilot-safety-documentary-2013-08-15).
  if (lower === 'confirming' && !/(?:^|[,;—–]\s*)with\s+[^,;:"“”()]{1,60}$/u.test(tail) && !afterIssuedMessage(text.slice(range.start, verbStart))) return true;
  // "He did not answer repeated questions whether the President knew …" (wikinews-us-claims-iraqi-bioweapons-labs-
  // contradicted-pentagon-report-2006-04-12): a form that is mostly a noun, after a determiner and a word or after a
  // past form, is the noun.
  if (NOUN_ONLY.test(lower) && (/\p{Ll}{2,}ed\s+$/u.test(tail) || NOUN_ONLY_AFTER.test(tail))) return true;
  if (lower === 'requested' && !requestReported(tail, text.slice(verbEnd, verbEnd + 80))) return true;
  // "Scientists from the World Wildlife Fund Mexico estimate the population by observing the area turned orange by butterfly
  // bodies on the trees." (wikinews-monarch-butterfly-population-ten-year-high-2019-02-02): estimating a thing by a means
  // tells how it is measured, no figure anyone gave.
  if (/^estimat/.test(lower) && ESTIMATED_BY_MEANS.test(text.slice(verbEnd, verbEnd + 80))) return true;
  if (lower.startsWith('welcom') && !/^\s+that\b/.test(text.slice(verbEnd)) && !WELCOMED_SAYING.test(text.slice(verbEnd))) return true;
  // "Having said that, the team will …", "With that said": the writer turning to a point of their own.
  if (/\b(?:having|that)\s+$/i.test(tail) && /^\s+(?:that\s*)?,/.test(text.slice(verbEnd))) return true;
  if (writesAWork(lower, text.slice(verbEnd))) return true;
  // "…, citing the severity of the case": a reason given only as a participle set off after a clause (citingReason.ts).
  if (lower === 'citing' && !citesReason(text, range.start, verbStart, verbEnd, c.end)) return true;
  if (ANSWERED_A_CALL.test(lower + text.slice(verbEnd, verbEnd + 60))) return true;
  // "had the most pledged delegates", "the promised funds": a participle after a determiner, before a noun, is an adjective;
  // so after a determiner and a word of number or order ("the total reported casualties increased to 167", Wikinews,
  // October 2019).
  if (
    /ed$/.test(lower) &&
    /(?<!\p{L})(?:the|a|an|most|more|his|her|their|its|our|(?:the|an?)\s+(?:total|overall|latest|first|other|newly|officially))\s+$/iu.test(tail) &&
    /^\s+(?!that\b|to\b)\p{Ll}/u.test(text.slice(verbEnd))
  )
    return true;
  // "A group calling itself the Charles River Climate Coalition claimed …", "who call themselves …": a name, not words.
  if (/^call/.test(lower) && /^\s+(?:itself|himself|herself|themselves|ourselves|myself)\b/.test(text.slice(verbEnd))) return true;
  // "Release notes are one way …": a form that is also a plural noun, before "are", is the noun; so before a modal ("people
  // in all 48 contiguous U.S. states will have the opportunity to see a partial eclipse", NASA_RAG article 655).
  if (NOUN_FORMS.test(lower) && /^\s+(?:is|are|was|were|have|had|will|would|can|could|may|might|must|should|shall)\b/.test(text.slice(verbEnd))) return true;
  // "Early reports claim little damage was done to the temple" (wikinews-buddhist-unesco-site-india-terrorist-attack-2013-
  // 07-08): before a speech verb in its plain present, such a form is the plural noun that verb's subject is.
  if (NOUN_FORMS.test(lower) && plainPresentSpeech(text.slice(verbEnd))) return true;
  // "Media reports quoting testimony prepared for the House and Senate hearings say he will …" (a fresh Wikinews page,
  // February 2008): a participle that says what the reports rest on makes the form the noun, the subject of a later verb.
  if (NOUN_FORMS.test(lower) && /^\s+(?:quoting|citing)\s/.test(text.slice(verbEnd))) return true;
  // "As NASA continues its exploration of the solar system": going on with something is speech only before words.
  if (/^continue[sd]$/.test(lower) && !/^\s*(?:[,:"“]|that\b)/.test(text.slice(verbEnd))) return true;
  // "Pumisacho observed a system being evaluated", "Microsoft observed Star Blizzard target …", "which Red Hat maintained
  // and provided support for": seeing and keeping; these verbs report speech only with "that", or for "maintained" a
  // clause whose verb shows it ("has repeatedly maintained an impeachment inquiry is what the committee is already doing").
  const thatOrClause =
    /^\s+(?:[a-z]+ly\s+)?that\b/.test(text.slice(pastAsides(text, verbEnd, lower))) || (/^maintain/.test(lower) && opensClause(text, verbEnd));
  // "NASA and Slovenia affirmed their cooperation …", "the court affirmed the conviction": affirming a thing is an act too;
  // not a stand declared in words ("Sobchak affirmed her commitment to peaceful resistance", actObject.ts).
  if (
    /^(?:observed|observes|maintained|maintains|affirmed|affirms|affirming)$/.test(lower) &&
    !thatOrClause &&
    !framesObject(lower, text.slice(verbEnd, range.end))
  )
    return true;
  // "Pelosi has proposed legislation", "the government proposed a bill that would have allowed …": a proposal with an object
  // is an act; only a clause ("proposed that …", "proposes the merger produced …") puts a claim forward in words, or a
  // charge's frame ("The first charged Trump with abuse of power", objectFrameVerbs.ts).
  if (CLAIM_VERBS.has(lower) && !clauseFollows(text, pastAsides(text, verbEnd, lower)) && !framesObject(lower, text.slice(verbEnd, range.end))) return true;
  if (confirmsInOffice(lower, text.slice(verbEnd))) return true;
  if (EMBEDDED_QUESTION.test(text.slice(Math.max(range.start, verbStart - 200), verbStart))) return true;
  return /^\s+(?:credit|victory|the\s+(?:title|seat|lives?|award|prize))\b/.test(text.slice(verbEnd));
}

/**
 * A question someone asks, as far as its subject: "Journalists asked the Brazilian Vice-President José Alencar three if
 * Brazil will " (wikinews-us-secretary-of-defense-rumsfeld-visits-brazil-2005-03-26). A speech verb inside an if- or
 * whether-clause that "asked", "wondered" or "questioned" governs is what the asker wants to know, not what the clause's
 * subject said (docs/annotation-guide.md: a question that gets no answer is no quote).
 */
const EMBEDDED_QUESTION =
  /\b(?:ask(?:ed|s|ing)?|wonder(?:ed|s|ing)?|inquir(?:ed|es|ing)|question(?:ed|s|ing))\b[^.;:?!"“”]{0,120}\b(?:if|whether)\s+(?:[\p{L}'’.()-]+\s+){1,5}$/iu;

/** A person (a pronoun or a capitalised name of up to four words), then "as" and a bare office ("administrator", "Chief Justice"). */
const IN_OFFICE = /^\s+(?:him|her|them|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+as\s+(?!(?:the|a|an|his|her|their|its)\b)\p{L}+(?<!ing)\b/u;

/**
 * Whether "confirmed" puts a person in an office, an act of a vote, not words: "the Senate confirmed him as administrator
 * on March 20" (NASA_RAG article 793). Confirming someone as "the" one who did something ("confirmed him as the
 * gunman") tells a fact and stays a cue.
 */
const confirmsInOffice = (lower: string, after: string): boolean => /^confirm(?:ed|s)$/.test(lower) && IN_OFFICE.test(after);

/** A that-clause, or a clause with no "that", right at `at` (UTF-16 offset). */
const clauseFollows = (text: string, at: number): boolean => /^\s+(?:[a-z]+ly\s+)?that\b/.test(text.slice(at)) || opensBareClause(text, at);

/** A yes/no question: an auxiliary first, a question mark last. */
const YES_NO_QUESTION = /^\W*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\s[^?]*\?\W*$/i;

/**
 * Whether a sentence asks whether something was said ("Is the paper saying they are ok with …?", "Did the president
 * say …?"): it reports nothing (docs/annotation-guide.md: a question that gets no answer is no quote).
 */
export const isYesNoQuestion = (sentence: string): boolean => YES_NO_QUESTION.test(sentence);
