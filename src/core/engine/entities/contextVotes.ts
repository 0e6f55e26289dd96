import { LANGUAGE_TAG } from '../languageTag';
import { ADVERBS } from '../lexicon/adverbs';
import { GENERIC_ORG_HEADS } from '../lexicon/genericOrgHeads';
import { WEB_MEDIA } from '../lexicon/webMedia';
import { isFirstName } from '../lexicon/firstNames';
import { LISTENER_VERBS } from '../lexicon/listenerVerbs';
import { ORGANIZATION_KINDS } from '../lexicon/organizationKinds';
import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { THING_NOUNS } from '../lexicon/thingNouns';
import { PRODUCT_NOUNS } from '../lexicon/productNouns';
import { personAfterWeight } from './personAfterCues';
import { roleNounBeforePerson } from './kindOrRole';
import { roleSetOffBefore } from './roleSetOffBefore';
import { personNounBefore } from './personNounBefore';
import { authoredBy } from './authoredBy';
import { playFrom } from './playFrom';
import { substitutedPlayer } from './substitutedPlayer';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { bodyVotes, kindAppositive } from './bodyCues';
import { countDetermined, craftAfter } from './determinedUse';
import { LOWER_ROLES, ORG_NAME_HEADS, SOURCE_ROLE_BEFORE, TITLE_WORDS } from './lookups';
import { pinyinName } from './pinyinNames';
import { placedThenWho } from './placedThenWho';
import { eastAsianName } from './eastAsianName';
import { isInitial, nameCore, personShaped, surnameAfterFirstName } from './names';
import {
  ACRONYM_ROLE,
  AFFILIATION_THEN_SAID,
  AGE_AFTER,
  MATCH_MINUTE_AFTER,
  IDENTIFIED_AS,
  NAME_GIVEN_AS,
  INTERVIEWEE,
  KIN_AFTER,
  PICTURED_AT,
  OWNED_ROLE_APPOSITIVE,
  roleAppositive,
  TITLE_APPOSITIVE,
  affiliationThenSpeech,
  kinOrRoleThenTheLate,
  nameShapedCore,
  opensWithGivenName,
  signsQuotation,
  signsQuotedParagraph,
  INCUMBENT_BEFORE,
  MATCH_OFFICIAL_LABEL,
  KILLING_OF,
  roleWithoutThen,
} from './personCues';
import { PLACE_OPENERS, PLACE_PART_AFTER, personPartnerAfter, placeHeadVote, stateAfterTown, townBeforeRegion } from './placeCues';
import { introducesPost } from './postIntroductions';
import { pronounWeight } from './pronounResumed';
import type { RunInBlock } from './runs';
import { namesRelative } from './kinNames';
import { nationalityLedName } from './nationalityLedNames';
import { namesChild } from './childrenNames';
import { nicknamesThing } from './nicknamedThings';
import { namedAsOrganizationKind, roleIsVerbAfterPronoun } from './kindKnownAs';
import { NUMBERED_EVENT, YEAR_AFTER, kindEndsName } from './thingCues';
import { noVotes, type Votes } from './votes';

/** A blog's or a website's noun right after a name, then no more of a noun phrase: "Alegcom blog published", "Al Kaashif blog wrote". */
const WEB_MEDIUM_AFTER = new RegExp(
  String.raw`^\s(?:${[...WEB_MEDIA].join('|')})\b(?!\s+(?:post|posts|entry|entries|article|articles|page|pages)\b)(?!['’-])`,
  'u',
);

const LEADING_TAG = new RegExp(String.raw`^\s${LANGUAGE_TAG}`);

/** The words after a name without an adverb that opens them (`ADVERBS`: " controversially wrote" → " wrote"). */
function afterAdverb(after: string): string {
  const adverb = /^\s(\p{Ll}+)(?=\s\p{Ll})/u.exec(after);
  return adverb?.[1] && ADVERBS.has(adverb[1]) ? after.slice(adverb[0].length) : after;
}

/** Verbs that give a name rather than a speaker: "called", "dubbed", "termed". */
const NAMING_VERB = /^(?:called|dubbed|termed)$/;

/** One occurrence of a name in its text, with the words around it and a vote for a person cue on it. */
interface Occurrence {
  readonly v: Votes;
  readonly name: string;
  readonly words: ReadonlyArray<string>;
  readonly text: string;
  readonly group: RunInBlock['group'];
  readonly before: string;
  readonly after: string;
  readonly wordBefore: string;
  /** The text of the block before the name's. */
  readonly previous: string;
  readonly texts: ReadonlyArray<string>;
  readonly shapeCounts: boolean;
  /** Adds a person cue of `weight` (and a given-name cue with `givenName`). */
  readonly cue: (weight: number, givenName?: boolean) => void;
}

/**
 * Names nothing classifies by itself: weighs what surrounds every occurrence of each (the words before and after,
 * its head word, its shape). `texts` are every block's text. Returns the votes by the name's text.
 */
export function countVotes(unresolved: ReadonlyArray<RunInBlock>, texts: ReadonlyArray<string>): Map<string, Votes> {
  const votes = new Map<string, Votes>();
  const voteFor = (name: string) => {
    let v = votes.get(name);
    if (!v) votes.set(name, (v = noVotes()));
    return v;
  };
  for (const run of unresolved) {
    const name = run.text.slice(run.group.start, run.group.end);
    occurrenceVotes(voteFor(name), name, run, texts);
  }
  return votes;
}

/** Adds to `v` the votes of one occurrence of `name`, the run `run`. */
function occurrenceVotes(v: Votes, name: string, { block, group, text }: RunInBlock, texts: ReadonlyArray<string>): void {
  const words = group.words;
  // A headline capitalises every word ("Man Sentenced", "Pays Tribute"), and "Earth Day" is no one: neither is a name by
  // its shape. "Doris Day" is: a known first name before a head word that is also a surname.
  const shapeCounts = block !== 0 && (!NON_PERSON_HEADS.has(words.at(-1) ?? '') || surnameAfterFirstName(words, words.length - 1));
  const cue = (weight: number, givenName = false) => {
    v.person += weight;
    v.personCues += 1;
    if (givenName) v.givenNameCues += 1;
  };
  const after = text.slice(group.end, group.end + 60);
  const before = text.slice(Math.max(0, group.start - 40), group.start);
  countDetermined(v, words, before, after);
  const wordBefore = /\b([A-Za-z.-]+)\s$/.exec(before)?.[1] ?? '';
  const at: Occurrence = { v, name, words, text, group, before, after, wordBefore, previous: texts[block - 1] ?? '', texts, shapeCounts, cue };
  cuesBefore(at);
  cuesAfter(at);
  placeAndShapeVotes(at);
}

/** Votes from the words before an occurrence: a title, a role, a speech or listener verb, a kind of body or thing. */
function cuesBefore({ v, words, before, after, text, group, wordBefore, previous, texts, cue }: Occurrence): void {
  // "former first lady Graca Machel": a role of two words before the name.
  const rolesBefore = [wordBefore, /\b([a-z]+\s[a-z]+)\s$/.exec(before)?.[1] ?? ''];
  if (rolesBefore.some((role) => LOWER_ROLES.has(roleWithoutThen(role.toLowerCase())) && /^[a-z]/.test(role) && !roleIsVerbAfterPronoun(before, role))) cue(3);
  // "Union representative Brightmore Mbanjwa in Bulawayo said" (voa-zimbabwe-teachers-strike-continues-2007-02-06): a
  // lower-case noun only a person is, of the source roles (`lexicon/sourceRoles.ts`), right before a full name.
  else if (words.length >= 2 && SOURCE_ROLE_BEFORE.has(wordBefore) && personShaped(words) && !roleIsVerbAfterPronoun(before, wordBefore)) cue(2);
  if ((KILLING_OF.test(before) || INCUMBENT_BEFORE.test(before)) && words.length >= 2) cue(2);
  if (namesChild(text.slice(Math.max(0, group.start - 120), group.start), words.join(' '))) cue(3);
  if (/^(?:Mr|Mrs|Ms|Dr|Miss)\.?$/.test(wordBefore) || (INTERVIEWEE.test(before) && words.length > 1) || MATCH_OFFICIAL_LABEL.test(before)) cue(3);
  // "Eng's deputy, Oskar Lind, that …": a role noun and a comma before a name set off an appositive person.
  const setOff = roleSetOffBefore(text.slice(Math.max(0, group.start - 80), group.start), words, texts);
  if (setOff > 0) cue(setOff);
  else if (namesRelative(text, group.start)) cue(3);
  // A byline opens its block: "By Walter Ham", or "By: Walter Ham, DIVIDS" as the Army's news archive writes it (2015).
  const byline = (/^By$/.test(wordBefore) && group.start <= 3) || /^By:\s$/.test(before);
  if (byline || personNounBefore(before, words, after) || KIN_AFTER.test(after)) cue(3);
  if (IDENTIFIED_AS.test(before) && words.length >= 2) cue(2);
  if (NAME_GIVEN_AS.test(before)) cue(3);
  if (words.length >= 2 && personShaped(words) && authoredBy(before)) cue(2);
  if (playFrom(before) || substitutedPlayer(before, after)) cue(3);
  if (kinOrRoleThenTheLate(before) && words.length >= 2) cue(3);
  // A signature's initials say a person ("- P.W. Singer"); a first name there is read without it.
  if (words.length >= 2 && words.some(isInitial) && signsQuotation(before, text.slice(group.end))) cue(2);
  // A signature that is a paragraph of its own under a closed quotation ("– Noelia González, escritora …") signs it
  // as a person does, initials or none.
  else if (words.length >= 2 && words.length <= 4 && signsQuotedParagraph(previous, text.slice(0, group.start), text.slice(group.end))) cue(2);
  // "said Barzia Tehrani" names the speaker; "told Agence France-Presse" the listener, a news outlet as often as a
  // person, who only a first name shows ("asked Queen Elizabeth II").
  const listener = LISTENER_VERBS.has(wordBefore) && !words.slice(0, 2).some((w) => isFirstName(w));
  // "a site called Bacho Kiro", "also called Easter Island": a verb of naming before a name gives a thing its name.
  if ((isSpeechVerb(wordBefore) || wordBefore === 'according') && !listener && !NAMING_VERB.test(wordBefore) && words.length >= 2) cue(2);
  // "rock band Grateful Dead", "daily newspaper Magyar Nemzet revealed": a noun of an organisation's kind set before a
  // name in apposition makes it that organisation's name, a thing's however person-like the verb after it.
  // "publisher Sebastian Kadas": a kind noun that is also a job, before a person's full name, is that person's role.
  const roleBefore = roleNounBeforePerson(wordBefore, words);
  if (roleBefore) cue(3);
  const kindBefore = !roleBefore && ORGANIZATION_KINDS.has(wordBefore) && !kindEndsName(before, wordBefore);
  if (kindBefore) v.organization += 3;
  // "the Neo-Nazi party known as Golden Dawn": a body's kind given the name says what it names.
  if (namedAsOrganizationKind(before)) v.organization += 3;
  // "superhero film Black Panther", "Vecherniye Vesti newspaper": a noun of a work or a publication next to the name.
  const nounAfter = /^\s([a-z]+)\b/.exec(after)?.[1] ?? '';
  const namedThing = kindBefore || THING_NOUNS.has(wordBefore) || NUMBERED_EVENT.test(before) || YEAR_AFTER.test(after);
  // "Sierra Space’s Dream Chaser spaceplane" (nasa.gov, February 2024): a craft's noun after the name says so too.
  if (namedThing || THING_NOUNS.has(nounAfter) || ORGANIZATION_KINDS.has(nounAfter) || craftAfter(after)) v.thingCues += 1;
  // "Al Kaashif blog wrote [ar] about the case:" (gv-mauritania-debate-al-qaeda-execution-2012-05-22): a blog or a website
  // named before its noun is the blog itself, an organisation however person-like its first word ("Al").
  const blogAfter = WEB_MEDIUM_AFTER.test(after);
  if (blogAfter) v.organization += 3;
  if (namedThing || blogAfter) v.thingNamed += 1;
  if (nicknamesThing(before)) v.nicknamedThing += 1;
}

/**
 * Whether the words after a name set off an appositive whose head, the last of its first three words before any
 * preposition, is a made thing's or a work's noun (`productNouns.ts`, `thingNouns.ts`): ", a product from a company".
 */
function thingAppositive(after: string): boolean {
  const words = /^,\s(?:a|an|the)\s((?:[a-z-]+\s?){1,3})/.exec(after)?.[1]?.trim().split(/\s+/) ?? [];
  const head = words.findIndex((w) => /^(?:from|by|of|for|in|with|that|which)$/.test(w));
  const noun = (head < 0 ? words : words.slice(0, head)).at(-1) ?? '';
  return PRODUCT_NOUNS.has(noun) || THING_NOUNS.has(noun);
}

/** Votes from the words after an occurrence: an age, an appositive role, "who", a speech verb, a pronoun resuming it. */
function cuesAfter({ v, name, words, text, group, after, wordBefore, cue }: Occurrence): void {
  if (AGE_AFTER.test(after) || PICTURED_AT.test(after) || MATCH_MINUTE_AFTER.test(after)) cue(3);
  // "Yossi Gurvitz, leading Israeli leftist blogger, commented": a nationality ("Israeli", "British-Yemeni", "Zambian",
  // "Chinese") or an acronym ("Seba Space, LGBT blogger from Uganda, believes") may qualify the role; other capitalised
  // words may be a name of their own ("Dragon, and Starliner head").
  // "Arnel dela Vega of the army's Western Mindanao Command said": so does the body a name belongs to, then a speech verb.
  if ((after.startsWith(',') && (roleAppositive(after) || OWNED_ROLE_APPOSITIVE.test(after))) || (words.length >= 2 && affiliationThenSpeech(after))) cue(2);
  // "Transpa Art, a product from a company called Worbla": an appositive a made thing's or a work's noun heads names a thing.
  const madeThing = thingAppositive(after);
  if (madeThing) {
    v.thingCues += 1;
    v.thingNamed += 1;
  }
  // ", the national meteorological service for Ireland,": an appositive a body's kind heads votes for the body alone.
  if (
    !madeThing &&
    /^,\s(?:a|an|the|who|whose)\s/.test(after) &&
    !/^,\s(?:the|a|an)\s+(?:city|town|village|region|province|state|country|capital|home|site|area)\b/.test(after) &&
    !kindAppositive(after)
  ) {
    // "Trini Like Salt, who lives in Boston": an organisation is "which"; "whose" may be either's ("the company, whose shares").
    // "the Technical Fellows, who empowered …": a plural of a role is a group, not one person.
    const group = LOWER_ROLES.has((words.at(-1) ?? '').toLowerCase().replace(/s$/, ''));
    // "There's of course Jason, who is our editor": a given name alone before "who" is someone's.
    // "a housewife with six children in Phnom Penh, who also won a radio, said" (VOA Cambodia, 2007): after a
    // preposition of place the name ends a place phrase and "who" goes back to the person it describes.
    if (/^,\swho\s/.test(after) && !group) {
      if (!/^(?:in|near|inside|outside)$/.test(wordBefore)) cue(words.length === 1 && isFirstName(name) ? 2 : 1);
    } else v.person += 1;
  }
  // "Rebecca and I put it together": only a person is paired with the speaker ("I", not "Orion and I-Hab").
  if (words.length === 1 && isFirstName(name) && /^\s(?:and|&)\s(?:I|me)(?![\p{L}\p{N}-])/u.test(after)) cue(2);
  // "the head of NATO, Hoop Scheffer, he has explained": a name a he or she resumes (`pronounResumed.ts`), or that kinship,
  // an office or "(who" follows ("Fouzia Azeem, daughter to", `personAfterCues.ts`), is a person's.
  for (const weight of [pronounWeight(group, text), personAfterWeight(after)]) if (weight > 0) cue(weight);
  // "comes from Ndagha who says": "who" without a comma still only follows a person, or a people ("Americans who
  // lost their lives", "the Sudanese who fled"), which no one name is.
  if (/^\s+who\s/.test(after) && !(words.length === 1 && /(?:ans|ese|ites)$/.test(name)))
    cue(isSpeechVerb(/^\s+who\s+([a-z]+)/.exec(after)?.[1] ?? '') ? 3 : 2);
  // "Mirelis Morales Tovar [es] explains": Global Voices tags a linked source's language between the name and its verb;
  // "Grigory Yavlinsky [en] controversially wrote [ru]": an adverb may stand there too (`lexicon/adverbs.ts`).
  const verbAfter = afterAdverb(after.replace(LEADING_TAG, ''));
  // "Early reports suggested police … used simple tools" (fresh Wikinews, 2020): a plural noun before a verb of its own is
  // the subject's head, so the capitalised word before it qualifies a thing and is nobody's name.
  const pluralSubject = /^\s[a-z]+s\s+(?:[a-z]+ed|said|says|say|showed|shows|show|indicate|suggest)\b/.test(verbAfter);
  // "people living at the Jersey Shore felt a shake" (usgov-gsa-18f-earthquake-center-open-source-team-2016-04-04): a
  // feeling with an indefinite object is one of the senses, no opinion said, and a place feels it as well as a person.
  const sensed = /^\s(?:felt|feels|feel)\s+(?:a|an)\s/.test(verbAfter);
  if (
    isSpeechVerb(/^\s([a-z]+)\b/.exec(verbAfter)?.[1] ?? '') &&
    !pluralSubject &&
    !sensed &&
    !/^\s(?:reported|posted|called|calls|dubbed|termed)\b/.test(verbAfter)
  )
    v.person += words.length > 1 ? 2 : 1;
  else if (introducesPost(words, group.sentenceStart, text.slice(group.end))) v.person += 2;
  // "Ingrid said": a common first name alone as the subject of a speech verb is a person.
  if (words.length === 1 && isFirstName(name) && !pluralSubject && isSpeechVerb(/^\s([a-z]+)/.exec(after)?.[1] ?? '')) cue(3);
}

/**
 * A verb of writing or posting, or a writer's noun, then "at", "on" or "for": the words after it name where one writes
 * ("blogging at Outlish", "a Guadeloupean blogger at Indiscrétions [fr]").
 */
const WRITING_VENUE =
  /\b(?:blogging|blogs|blogged|writing|writes|wrote|posting|posts|posted|tweeting|tweets|tweeted|blogger|bloggers|columnist|contributor)\s+(?:at|on|for)\s+(?:the\s+)?$/;

/**
 * A bearing from the name, or the way towards it: "the quake struck at a point 308 miles (495 km) southwest of Banda Aceh"
 * (wikinews-massive-earthquake-hits-indonesia-no-tsunami-risk-2012-04-11), "the plane appeared to be headed in the
 * direction of Diego Garcia" (wikinews-malaysia-says-debris-maldives-could-be-mh370-2015-08-12): only a place lies north
 * of something or is headed for, however much its words look like a given name and a surname. Lower case only, so that
 * a surname ("Kanye West of …") opens no bearing; "under the direction of" a conductor is no way.
 */
const COMPASS_OF = /\b(?:(?:north|south|east|west)(?:-?(?:east|west))?|in\s+the\s+direction)\s+of\s+$/;

/** Votes for a place or a body by the words around an occurrence, and for a person by the name's shape. */
function placeAndShapeVotes({ v, name, words, text, group, before, after, wordBefore, texts, shapeCounts, cue }: Occurrence): void {
  bodyVotes(v, words, before, after);
  const partnered = /^between$/i.test(wordBefore) && personPartnerAfter(text.slice(group.end, group.end + 200), (w) => isFirstName(w) || TITLE_WORDS.has(w));
  if (partnered) cue(2);
  // "Denesia Venus, blogging at Outlish, says" (gv-trinidad-tobago-three-score-and-ten-2012-05-09): where one writes or
  // posts is a blog or a site, a body that publishes, not a place.
  else if (WRITING_VENUE.test(before)) v.organization += 2;
  else if (/^(?:in|at|near|from|across|outside|inside|around|into|through|toward|towards|across|between|over|under|on|along)$/i.test(wordBefore)) v.place += 2;
  if (/^,\s(?:[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?|[A-Z]\.[A-Z]\.)(?:,|\s|$)/.test(after) && /^(?:in|at|near|from)$/i.test(wordBefore)) v.place += 1;
  if (/^the$/i.test(wordBefore)) v.organization += 1;
  v.place += placeHeadVote(name, words, wordBefore, before) + (PLACE_PART_AFTER.test(after) ? 4 : 0);
  // "attacks on the West Darfur villages of Saraf Jidad, Sirba, Silea and Abu Suruj" (wikinews-un-military-attacks-darfur-
  // violated-law-2008-03-20): the plural names the first of several places.
  if (
    /\b(?:canton|province|region|state|city|cities|towns?|villages?|county|district|municipality|island|port|capital|republic)\s+of\s+(?:the\s+)?$/i.test(
      before,
    )
  )
    v.place += 3;
  if (COMPASS_OF.test(before)) v.place += 4;
  if (townBeforeRegion(words, after) || stateAfterTown(words, before)) v.place += 6;
  if (PLACE_OPENERS.test(name)) v.place += 3;
  if (ORG_NAME_HEADS.test(name) && (words.length > 1 || !GENERIC_ORG_HEADS.has(name))) v.organization += 4;
  // "Ng E-Jay", "Jean-Pierre Lund": a hyphened given name is as name-shaped as a plain one.
  const core = nameCore(words);
  if (shapeCounts && nameShapedCore(core)) v.person += 1;
  if (shapeCounts && (opensWithGivenName(core) || eastAsianName(core) || pinyinName(core))) cue(2, true);
  // "Tunisian Abderrahim Zhiou set an African record": a nationality describes the person its name follows.
  if (shapeCounts && nationalityLedName(words, after, texts)) cue(2);
  // "Will Kerrigan, NCA director, said": an appositive role after an organisation's acronym; "Rehman Malik, Interior
  // Minister claiming …": a capitalised title set off after a full name.
  if (ACRONYM_ROLE.test(after) || (personShaped(words) && (AFFILIATION_THEN_SAID.test(after) || TITLE_APPOSITIVE.test(after)))) cue(2);
  else if (placedThenWho(after)) cue(2);
  if (
    shapeCounts &&
    personShaped(words) &&
    /^\s(?:[a-z]+ed|has|had|was|is|went|spoke|took|gave|made|began|won|lost|ran|sat|stood|met|told|wrote|came|left|led|kept|said|says)\b/.test(after)
  )
    v.person += 1;
}
