import { LANGUAGE_TAG } from '../languageTag';
import { GENERIC_ORG_HEADS } from '../lexicon/genericOrgHeads';
import { isFirstName } from '../lexicon/firstNames';
import { KIN_NOUNS } from '../lexicon/kinNouns';
import { LISTENER_VERBS } from '../lexicon/listenerVerbs';
import { ORGANIZATION_KINDS } from '../lexicon/organizationKinds';
import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { NOT_NAMES } from '../lexicon/notNames';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { THING_NOUNS } from '../lexicon/thingNouns';
import { personNounBefore } from './personNounBefore';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { classify } from './classify';
import { COUNTRY_BY_ADJECTIVE, LOWER_ROLES, ORG_NAME_HEADS, PLACE_HEADS, PLACES } from './lookups';
import { eastAsianName, isInitial, nameCore, nameShapedWord, personShaped, surnameAfterFirstName } from './names';
import { introducesPost } from './postIntroductions';
import { pronounWeight } from './pronounResumed';
import type { RunInBlock } from './runs';
import { namesRelative } from './kinNames';

const LEADING_TAG = new RegExp(String.raw`^\s${LANGUAGE_TAG}`);

/** A nationality adjective as written before a role noun: "Israeli", "British-Yemeni", "Zambian", "Chinese". */
const NATIONALITY = String.raw`\p{Lu}[\p{L}-]*(?:an|ese|i)`;

/**
 * ", leading Israeli leftist blogger", ", LGBT blogger from Uganda": a role noun set off after a name, up to three words
 * qualifying it; no preposition or conjunction among them, which starts a phrase of its own ("her graphic novel Angel
 * Catbird, with illustrator Johnnie Christmas", wikinews-fan-expo-canada-toronto-2016-09-07).
 */
const ROLE_APPOSITIVE = new RegExp(
  `^,\\s(?:(?:a|an|the)\\s)?(?:(?:(?!(?:with|and|or|by|for|to|from|of|at|in|on)\\s)[a-z-]+|${NATIONALITY}|\\p{Lu}{2,6})\\s){0,3}?(?:${PERSON_ROLE_NOUNS.join('|')})\\b`,
  'u',
);

/**
 * ", Interior Minister claiming responsibility" (Global Voices, Pakistan, May 2012): a title set off after a name, capitalised
 * as a title is, one or two capitalised words qualifying it, and no name or "of" after it (", Prime Minister Yousuf Raza
 * Gilani" lists another person, ", The Chair of the Eagle" another novel in a list of titles).
 */
const TITLE_APPOSITIVE = new RegExp(
  `^,\\s(?:(?!(?:The|A|An)\\s)\\p{Lu}\\p{Ll}+\\s){1,2}(?:${PERSON_ROLE_NOUNS.map((noun) => noun.charAt(0).toUpperCase() + noun.slice(1)).join('|')})\\b(?!\\s(?:of\\b|\\p{Lu}))`,
  'u',
);

/** ", NCA director,": a role noun after an organisation's acronym, set off after a name. */
const ACRONYM_ROLE = new RegExp(`^,\\s[A-Z]{2,6}\\s(?:[a-z-]+\\s)?(?:${PERSON_ROLE_NOUNS.join('|')}),`);

/**
 * The words a place's name opens with: "Port", "Mount", "Lake", "San", "North"; "Masjid Al-Aqsa", "Masjid al-Haram": a
 * mosque's name opens with the Arabic word for one.
 */
const PLACE_OPENERS =
  /^(?:Port|Fort|Mount|Mt\.|Lake|Saint|St\.|San|Santa|Los|Las|New|Nuevo|Nueva|Ciudad|Puerto|North|South|East|West|Cape|Glen|Lower|Upper|Masjid)\s/;

/** "The deceased seaman was identified as Jaypee Galicha": the dead, the injured and the accused are identified by name. */
const IDENTIFIED_AS = /(?<![\p{L}-])(?:was|were|been|being|is|are)\s+identified\s+as\s$/u;

/**
 * Whether every word of a name of two to four words is shaped like a name's, capitalised. "Abu Mahdi al-Muhandis",
 * "Arnel dela Vega": an Arabic or Filipino surname keeps its article in lower case after given names; after one
 * capitalised word it is as often a place's ("Tuna el-Gebel"), and "de" a university's ("Université de Sherbrooke").
 */
function nameShapedCore(core: ReadonlyArray<string>): boolean {
  const capitalised = (w: string, i: number) => /^\p{Lu}/u.test(w) || (i > 0 && core.length >= 3 && /^(?:(?:al|el)-\p{Lu}|dela$|bin$|ibn$)/u.test(w));
  return core.length >= 2 && core.length <= 4 && core.every((w, i) => capitalised(w, i) && nameShapedWord(w));
}

/** The articles a Spanish, French or Arabic place name opens with ("El Paso", "La Jolla", "Las Vegas"). */
const PLACE_ARTICLES = new Set(['El', 'La', 'Le', 'Los', 'Las', 'Al']);

/**
 * "died of pneumonia in La Jolla, California", "the border city of El Paso, Texas, with": whether a name of two words
 * or more is one a state or a country follows after a comma (`after` being the text after it), the sentence going on in
 * lower case or stopping there: a town's. A lone word may be the end of a longer name ("Rio Grande do Sul, Brazil"). A
 * first name on either side ("Michael Jordan, Washington") may be a person and a place of theirs; a Spanish or Arabic
 * article ("El", "La") is no first name there.
 */
function townBeforeRegion(words: ReadonlyArray<string>, after: string): boolean {
  // "Kamran Ashtary, Netherlands based blogger and artist" (Global Voices): where someone is based is no town's region.
  const region = /^,\s(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=\s+(?!based\b)\p{Ll}|[,.;:)]|$)/u.exec(after)?.[1] ?? '';
  const opener = words[0] ?? '';
  return words.length > 1 && PLACES.has(region) && !isFirstName(region) && (!isFirstName(opener) || PLACE_ARTICLES.has(opener));
}

/**
 * What follows only a body's name: "said in a statement", and an "its" that resumes the name ("Coles, in its March 8
 * media release, reported").
 */
const BODY_WORDING = /^(?:\s(?:said|says|announced|reported)\s+in\s+a\s+statement|,\s(?:in|on|via|through)\s+its\s)/;

/**
 * "A spokesperson for Stagecoach South said": one who speaks for a name speaks for a body as a rule, and the speech verb
 * after the name is the spokesperson's; it votes as strongly as that verb and the name's shape vote person, so that a
 * given name ("a spokesman for Taylor Swift") still outweighs it.
 */
const SPEAKS_FOR = /(?<!\p{L})(?:spokes(?:person|man|woman)|representative)\s+(?:for|of)\s+$/u;

/**
 * "Arnel dela Vega of the army's Western Mindanao Command said": a name, where it works, then "said": the affiliation of
 * one who speaks (an organisation's own "of" opens its name: "Ministry of Defence said" is settled before the votes).
 */
const AFFILIATION_THEN_SAID = /^\s(?:of|from)\s(?:the\s)?[^,.;:"“”()]{2,60}?\s(?:said|says|told)\s/u;

/**
 * Votes for a body or a place from the words around a name that no person's take: a body's wording after it
 * (`BODY_WORDING`), a spokesperson for it (`SPEAKS_FOR`), or a plural's possessive that one word goes on from ("at
 * Fishmongers' Hall", "the Workers' Party").
 */
function bodyVotes(v: Votes, words: ReadonlyArray<string>, before: string, after: string): void {
  if (BODY_WORDING.test(after)) v.organization += 3;
  if (SPEAKS_FOR.test(before)) v.organization += 5;
  if (words.length === 1 && /\p{Lu}\p{Ll}+s['’]\s$/u.test(before)) v[PLACE_HEADS.test(words[0] ?? '') ? 'place' : 'organization'] += 3;
}

/**
 * "when it arrived to the Les Corts neighborhood", "the Kagithane neighborhood of Istanbul": a noun of a town's part
 * right after a name makes the name that part's, a place's.
 */
const PLACE_PART_AFTER = /^\s(?:neighbou?rhoods?|district|suburb|borough|township|municipality)\b/;

/**
 * An age set off after a name, only a person's: "Gray, 24,", "Karlos, also 44, stepped in", "Miguel Ángel, 44 years
 * old,", and a pair's ages after the pair ("Desi and Raquel, 33 and 31 years-old respectively": `after` the first name
 * holds the second); an age the name's clause states ("Maria, that's her name, is 56 years-old"). A number going on
 * in a noun ("Kenya, 10 people died") is no age.
 */
const AGE_AFTER =
  /^(?:(?:\s(?:and|&)\s\p{Lu}\p{Ll}+)?,\s(?:also\s|aged\s)?\d{1,3}(?:\s(?:and|&)\s\d{1,3})?(?:,|\s(?:years?[\s-]old|years?\sof\sage)\b)|(?:,\s[^,.]{1,30},)?\s(?:is|was)\s\d{1,3}\syears?[\s-]old\b)/u;

/** "Desi (left) and Raquel collecting signatures", "Sunak (right)": a caption places a pictured person. */
const PICTURED_AT = /^\s\((?:left|right|centre|center|second\sfrom\s(?:left|right))\)/;

/** Verbs that give a name rather than a speaker: "called", "dubbed", "termed". */
const NAMING_VERB = /^(?:called|dubbed|termed)$/;

/**
 * "Rocky Radcliff, Kevin Hall, and Herman Rijfkogel": a common first name and a place's head word that is as often a
 * surname (Hall, Hill, Lane) is a person's name as much as a building's.
 */
const surnameOfPlaceShape = (words: ReadonlyArray<string>) => words.length === 2 && isFirstName(words[0] ?? '') && /^(?:Hall|Hill|Lane)$/.test(words[1] ?? '');

/**
 * What a place's head word ending a name of two words or more votes for place ("Brooks Glacier", "Carnegie Hall"): 4,
 * or nothing for a first name and a surname-like head (`surnameOfPlaceShape`) that no lower-case word or possessive
 * before it makes a noun ("the Town Hall", "museum's Bone Hall" stay places). `wordBefore` is the word right before the
 * name, `before` the text before it.
 */
function placeHeadVote(name: string, words: ReadonlyArray<string>, wordBefore: string, before: string): number {
  if (!PLACE_HEADS.test(name) || words.length < 2) return 0;
  const asNoun = (/^[a-z]/.test(wordBefore) && !isSpeechVerb(wordBefore) && !INTERVIEWEE.test(before)) || /['’]s\s$/.test(before);
  return !surnameOfPlaceShape(words) || asNoun ? 4 : 0;
}

/**
 * A capitalised word (or a dotted acronym: "the U.N. agency Karl J. Brenner") and a lower-case word ending the text: the
 * name and the kind noun of `kindEndsName`.
 */
const KIND_AFTER_NAME = /(^|[.!?]\s+)?(?<![\p{L}-])(\p{Lu}[\p{L}.]*(?:-\p{Lu}\p{L}*)*)\s(\S+)\s$/u;

/**
 * "ARF Dashnaktsutyun party Artsvik Minasyan": whether the organisation's kind noun `kind` right before a name ends
 * another name (a capitalised word before it inside the sentence) rather than setting the name off. A nationality
 * ("Greek daily Kathimerini"), a sentence's first word or a word that goes on in lower case ("UK-based retailer Tesco")
 * is no name, nor is a capitalised word a lower-case prefix opens ("pan-Arab newspaper Al Hayat").
 */
function kindEndsName(before: string, kind: string): boolean {
  const m = KIND_AFTER_NAME.exec(before);
  return m !== null && m[3] === kind && m[1] === undefined && !COUNTRY_BY_ADJECTIVE.has(m[2] ?? '');
}

/**
 * "Wikinews interviews Christopher Hill, U.S. Republican Party presidential candidate", "Interview with LibriVox founder
 * Hugh McGuire": the one an interview is with is a person. Wikinews headlines its interviews so. In running text an
 * interview is as often with an outlet ("said in an interview with Rolling Stone"), and a list's next line may open with a
 * capitalised verb ("Conducting interviews Inviting the whole team"): a name of one word is no evidence.
 */
const INTERVIEWEE = /(?<!\p{L})(?:interviews|interviewed|Interview\swith)\s$/u;

/**
 * Whether the words after a name are "of" and a body, up to the clause's first speech verb: ` of the army's Western
 * Mindanao Command said` (wikinews-bombs-kill-20-at-jolo-cathedral-mindanao-2019-01-28), within the clause's first eight
 * words, before any punctuation. A name of two words or more so followed is a person's: the name, the body they belong to,
 * then what they said (a body's own "of" stays inside its name's run: "Bank of England said").
 */
function affiliationThenSpeech(after: string): boolean {
  const clause = /^\s+of\s+([^,.;:"“”()[\]]+)/.exec(after)?.[1] ?? '';
  return clause
    .split(/\s+/)
    .slice(1, 8)
    .some((w) => /^[a-z]+$/.test(w) && isSpeechVerb(w));
}

/**
 * "Trayvon Martin's mom", "Dunn's mother", "Mendez's wife": a possessive of a name before a noun of kinship, perhaps
 * qualified ("'s late husband"). Only a person has a mother, a wife or a son.
 */
const KIN_AFTER = new RegExp(`^['’]s?\\s+(?:(?:late|former|younger|elder|older|eldest|youngest|only|estranged)\\s+)?(?:${[...KIN_NOUNS].join('|')})\\b`, 'u');

/** A bare "the" right before a name, as in "joined the Sea Org", "to the Bat Cave": no adjective ("the late") between. */
const DETERMINED = /(?<![\p{L}'’-])the\s$/iu;

/**
 * "the James Cagney film", "the Chuck Jones quote": a name followed by a lower-case word that is neither a preposition
 * nor a verb modifies a noun, and "the" goes with that noun; the name is still a person's. So is a given name's in a
 * figure of speech ("the Martha Stewart of transforming government", `FIGURE_OF`).
 */
const MODIFIER_USE =
  /^\s(?!(?:to|in|on|at|of|for|with|from|by|and|or|as|is|was|were|are|has|had|have|will|would|can|could|also|aged|that|which|where|when)\b)\p{Ll}/u;

/**
 * "Lawrence Lessig's Free Culture", "Sam Harris' The Moral Landscape": whether the text before a name ends with a
 * possessive of a given name and a surname (and "The"), which owns a thing, not a person. An organisation's possessive
 * ("JPL's Jordan Evans", "DAB's Ben Chan") or a place's ("Kenya's Brigid Kosgei") sets a person off.
 */
function ownedByPerson(before: string): boolean {
  const m = /(\p{Lu}[\p{L}-]+)\s(\p{Lu}[\p{L}-]+)(?:['’]s|s['’])\s(?:The\s)?$/u.exec(before);
  // "Northrop Grumman's Grant Cooper": a company may be named like a person.
  return m !== null && isFirstName(m[1] ?? '') && classify(`${m[1]} ${m[2]}`, [m[1] ?? '', m[2] ?? '']) === null;
}

/** " of" after a name: "the Holy Headdress of Christ" is a thing, "the Martha Stewart of …" a person named in a figure. */
const FIGURE_OF = /^\sof\s/;

/**
 * A common first name before a surname, or a name that does something, is a person: "Tomas Lindqvist spoke"; so is
 * one after an initial ("B. Lynn Winmill"). Whether the name's core words (`nameCore`) open so.
 */
function opensWithGivenName(core: ReadonlyArray<string>): boolean {
  const firstAt = isInitial(core[0] ?? '') && core.length >= 3 ? 1 : 0;
  return (
    core.length >= 2 &&
    core.length <= 4 &&
    core.every(nameShapedWord) &&
    isFirstName(core[firstAt] ?? '') &&
    (!NOT_NAMES.has(core[firstAt + 1] ?? '') || surnameAfterFirstName(core, firstAt + 1))
  );
}

/**
 * "The 22nd Fan Expo Canada took place", "the tenth Furnal Equinox": an ordinal before a name counts an event's
 * editions; a person's is not counted so (a title comes between: "the 44th President Barack Obama").
 */
const NUMBERED_EVENT = /(?<![\p{L}\p{N}])(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual)\s$/iu;

/**
 * "Fan Expo Canada 2016", "Furnal Equinox 2019": a year right after a name dates an event's edition; two years ("Rashidi
 * Yekini 1963-2012") are a life's.
 */
const YEAR_AFTER = /^\s(?:19|20)\d{2}(?![\p{N}\p{Pd}])/u;

/** Counts an occurrence of a name, and whether a determiner no person's name takes goes before it (`Votes.determined`). */
function countDetermined(v: Votes, words: ReadonlyArray<string>, before: string, after: string): void {
  v.occurrences += 1;
  const figure = FIGURE_OF.test(after) && words.some((w) => isFirstName(w));
  if ((DETERMINED.test(before) || ownedByPerson(before)) && !MODIFIER_USE.test(after) && !figure) v.determined += 1;
}

/** How strongly the surroundings of a name's occurrences point to each type. */
export interface Votes {
  person: number;
  place: number;
  organization: number;
  /**
   * How many of the person votes came from words only a person takes (a role or honorific before, an age or role
   * after, "said Name", "who", "he"/"she", a first name), not from shape and verbs an organisation shares.
   */
  personCues: number;
  /**
   * How many occurrences a noun of a work, a vessel, an event or a publication stands right before or after ("film
   * Black Panther", "Vecherniye Vesti newspaper"): what the name names is a thing.
   */
  thingCues: number;
  /**
   * How many of those occurrences a noun of a work or an event sets off in apposition before the name, or an ordinal or a
   * year dates as an edition ("graphic novel Angel Catbird", "The 22nd Fan Expo Canada", "Fan Expo Canada 2016"), rather
   * than the name modifying the noun after it ("the James Cagney film").
   */
  thingNamed: number;
  /** How many of `personCues` were only a common first name opening the name (a word that may be a common word too: "Free Culture"). */
  givenNameCues: number;
  /** How many times the name occurs. */
  occurrences: number;
  /**
   * How many of those occurrences a bare "the" ("joined the Sea Org", "to the Bat Cave") or a named person's possessive
   * ("Lawrence Lessig's Free Culture") stands right before: a determiner a person's name does not take.
   */
  determined: number;
}

/**
 * Names nothing classifies by itself: weighs what surrounds every occurrence of each (the words before and after,
 * its head word, its shape). Returns the votes by the name's text.
 */
export function countVotes(unresolved: ReadonlyArray<RunInBlock>): Map<string, Votes> {
  const votes = new Map<string, Votes>();
  const voteFor = (name: string) => {
    let v = votes.get(name);
    if (!v)
      votes.set(
        name,
        (v = { person: 0, place: 0, organization: 0, personCues: 0, thingCues: 0, thingNamed: 0, givenNameCues: 0, occurrences: 0, determined: 0 }),
      );
    return v;
  };
  for (const { block, group, text } of unresolved) {
    const name = text.slice(group.start, group.end);
    const words = group.words;
    // A headline capitalises every word ("Man Sentenced", "Pays Tribute"), and "Earth Day" is no one: neither is a name by
    // its shape. "Doris Day" is: a known first name before a head word that is also a surname.
    const shapeCounts = block !== 0 && (!NON_PERSON_HEADS.has(words.at(-1) ?? '') || surnameAfterFirstName(words, words.length - 1));
    const v = voteFor(name);
    const cue = (weight: number, givenName = false) => {
      v.person += weight;
      v.personCues += 1;
      if (givenName) v.givenNameCues += 1;
    };
    const after = text.slice(group.end, group.end + 60);
    const before = text.slice(Math.max(0, group.start - 40), group.start);
    countDetermined(v, words, before, after);
    const wordBefore = /\b([A-Za-z.-]+)\s$/.exec(before)?.[1] ?? '';
    if (LOWER_ROLES.has(wordBefore.toLowerCase()) && /^[a-z]/.test(wordBefore)) cue(3);
    if (/^(?:Mr|Mrs|Ms|Dr|Miss)\.?$/.test(wordBefore) || (INTERVIEWEE.test(before) && words.length > 1)) cue(3);
    // "Eng's deputy, Oskar Lind, that …": a role noun and a comma before a name set off an appositive person.
    if ((LOWER_ROLES.has(/\b([a-z-]+),\s$/.exec(before)?.[1] ?? '') && words.length >= 2) || namesRelative(text, group.start)) cue(3);
    if ((/^By$/.test(wordBefore) && group.start <= 3) || personNounBefore(before, words) || KIN_AFTER.test(after)) cue(3);
    if (IDENTIFIED_AS.test(before) && words.length >= 2) cue(2);
    // "said Barzia Tehrani" names the speaker; "told Agence France-Presse" the listener, a news outlet as often as a
    // person, who only a first name shows ("asked Queen Elizabeth II").
    const listener = LISTENER_VERBS.has(wordBefore) && !words.slice(0, 2).some((w) => isFirstName(w));
    // "a site called Bacho Kiro", "also called Easter Island": a verb of naming before a name gives a thing its name.
    if ((isSpeechVerb(wordBefore) || wordBefore === 'according') && !listener && !NAMING_VERB.test(wordBefore) && words.length >= 2) cue(2);
    // "rock band Grateful Dead", "daily newspaper Magyar Nemzet revealed": a noun of an organisation's kind set before a
    // name in apposition makes it that organisation's name, a thing's however person-like the verb after it.
    const kindBefore = ORGANIZATION_KINDS.has(wordBefore) && !kindEndsName(before, wordBefore);
    if (kindBefore) v.organization += 3;
    // "superhero film Black Panther", "Vecherniye Vesti newspaper": a noun of a work or a publication next to the name.
    const nounAfter = /^\s([a-z]+)\b/.exec(after)?.[1] ?? '';
    const namedThing = kindBefore || THING_NOUNS.has(wordBefore) || NUMBERED_EVENT.test(before) || YEAR_AFTER.test(after);
    if (namedThing || THING_NOUNS.has(nounAfter) || ORGANIZATION_KINDS.has(nounAfter)) v.thingCues += 1;
    if (namedThing) v.thingNamed += 1;
    if (AGE_AFTER.test(after) || PICTURED_AT.test(after)) cue(3);
    // "Yossi Gurvitz, leading Israeli leftist blogger, commented": a nationality ("Israeli", "British-Yemeni", "Zambian",
    // "Chinese") or an acronym ("Seba Space, LGBT blogger from Uganda, believes") may qualify the role; other capitalised
    // words may be a name of their own ("Dragon, and Starliner head").
    // "Arnel dela Vega of the army's Western Mindanao Command said": so does the body a name belongs to, then a speech verb.
    if ((after.startsWith(',') && ROLE_APPOSITIVE.test(after)) || (words.length >= 2 && affiliationThenSpeech(after))) cue(2);
    if (
      /^,\s(?:a|an|the|who|whose)\s/.test(after) &&
      !/^,\s(?:the|a|an)\s+(?:city|town|village|region|province|state|country|capital|home|site|area)\b/.test(after)
    ) {
      // "Trini Like Salt, who lives in Boston": an organisation is "which"; "whose" may be either's ("the company, whose shares").
      // "the Technical Fellows, who empowered …": a plural of a role is a group, not one person.
      const group = LOWER_ROLES.has((words.at(-1) ?? '').toLowerCase().replace(/s$/, ''));
      // "There's of course Jason, who is our editor": a given name alone before "who" is someone's.
      if (/^,\swho\s/.test(after) && !group) cue(words.length === 1 && isFirstName(name) ? 2 : 1);
      else v.person += 1;
    }
    // "Rebecca and I put it together": only a person is paired with the speaker ("I", not "Orion and I-Hab").
    if (words.length === 1 && isFirstName(name) && /^\s(?:and|&)\s(?:I|me)(?![\p{L}\p{N}-])/u.test(after)) cue(2);
    // "the head of NATO, Hoop Scheffer, he has explained", "Darashiko blogs …. Here he shares": a name a he or she
    // resumes is a person's (`pronounResumed.ts`).
    if (pronounWeight(group, text) > 0) cue(pronounWeight(group, text));
    // "comes from Ndagha who says": "who" without a comma still only follows a person, or a people ("Americans who
    // lost their lives", "the Sudanese who fled"), which no one name is.
    if (/^\s+who\s/.test(after) && !(words.length === 1 && /(?:ans|ese|ites)$/.test(name)))
      cue(isSpeechVerb(/^\s+who\s+([a-z]+)/.exec(after)?.[1] ?? '') ? 3 : 2);
    // "Mirelis Morales Tovar [es] explains": Global Voices tags a linked source's language between the name and its verb.
    const verbAfter = after.replace(LEADING_TAG, '');
    if (isSpeechVerb(/^\s([a-z]+)\b/.exec(verbAfter)?.[1] ?? '') && !/^\s(?:reported|posted|called|calls|dubbed|termed)\b/.test(verbAfter))
      v.person += words.length > 1 ? 2 : 1;
    else if (introducesPost(words, group.sentenceStart, text.slice(group.end))) v.person += 2;
    // "Ingrid said": a common first name alone as the subject of a speech verb is a person.
    if (words.length === 1 && isFirstName(name) && isSpeechVerb(/^\s([a-z]+)/.exec(after)?.[1] ?? '')) cue(3);
    bodyVotes(v, words, before, after);
    if (/^(?:in|at|near|from|across|outside|inside|around|into|through|toward|towards|across|between|over|under|on|along)$/i.test(wordBefore)) v.place += 2;
    if (/^,\s(?:[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?|[A-Z]\.[A-Z]\.)(?:,|\s|$)/.test(after) && /^(?:in|at|near|from)$/i.test(wordBefore)) v.place += 1;
    if (/^the$/i.test(wordBefore)) v.organization += 1;
    v.place += placeHeadVote(name, words, wordBefore, before) + (PLACE_PART_AFTER.test(after) ? 4 : 0);
    if (/\b(?:canton|province|region|state|city|town|village|county|district|municipality|island|port|capital|republic)\s+of\s+(?:the\s+)?$/i.test(before))
      v.place += 3;
    if (townBeforeRegion(words, after)) v.place += 6;
    if (PLACE_OPENERS.test(name)) v.place += 3;
    if (ORG_NAME_HEADS.test(name) && (words.length > 1 || !GENERIC_ORG_HEADS.has(name))) v.organization += 4;
    // "Ng E-Jay", "Jean-Pierre Lund": a hyphened given name is as name-shaped as a plain one.
    const core = nameCore(words);
    if (shapeCounts && nameShapedCore(core)) v.person += 1;
    if (shapeCounts && (opensWithGivenName(core) || eastAsianName(core))) cue(2, true);
    // "Will Kerrigan, NCA director, said": an appositive role after an organisation's acronym; "Rehman Malik, Interior
    // Minister claiming …": a capitalised title set off after a full name.
    if (ACRONYM_ROLE.test(after) || (personShaped(words) && (AFFILIATION_THEN_SAID.test(after) || TITLE_APPOSITIVE.test(after)))) cue(2);
    if (
      shapeCounts &&
      personShaped(words) &&
      /^\s(?:[a-z]+ed|has|had|was|is|went|spoke|took|gave|made|began|won|lost|ran|sat|stood|met|told|wrote|came|left|led|kept|said|says)\b/.test(after)
    )
      v.person += 1;
  }
  return votes;
}
