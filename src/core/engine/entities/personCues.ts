import { APPOSITIVE_ONLY_ROLES } from '../lexicon/appositiveRoles';
import { isFirstName } from '../lexicon/firstNames';
import { KIN_NOUNS } from '../lexicon/kinNouns';
import { NOT_NAMES } from '../lexicon/notNames';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { POST_INITIALS } from '../lexicon/postInitials';
import { PROXY_NOUNS } from '../lexicon/proxyNouns';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { COUNTRY_BY_ADJECTIVE } from './lookups';
import { matchesAfterWords } from './afterWords';
import { isInitial, nameShapedWord, nameWordsShaped, surnameAfterFirstName } from './names';

/**
 * The words around a name that only a person's take: a role or a title set off after it, an age, a caption's place, a
 * kinship, an interview, an affiliation before a speech verb, and a name's person-like shape. `countVotes` weighs them.
 */

/**
 * The nationality adjectives the place lists know, as written before a role noun: "Polish" in "Witold Waszczykowski,
 * Polish foreign minister," (wikinews-putin-calls-us-troops-poland-threat-2017-01-13), "British", "French", "Dutch".
 */
const NATIONALITY_ADJECTIVES: ReadonlySet<string> = new Set([...COUNTRY_BY_ADJECTIVE.keys()].filter((adjective) => /^\p{Lu}[\p{L}-]*$/u.test(adjective)));

/**
 * A role, or someone who speaks or acts for another ("an aide to", "a lawyer for"): only a person is either; and the
 * roles that say so only when set off after a name (`appositiveRoles.ts`).
 */
const APPOSITIVE_ROLES = [...new Set([...PERSON_ROLE_NOUNS, ...PROXY_NOUNS, ...APPOSITIVE_ONLY_ROLES])];

/** The opening of ", one of the series leads": a plural role noun follows, after up to three words. */
const ONE_OF = /^,\s(?:reportedly\s)?one\sof\s(?:the|his|her|their|its)\s/;

/** The plural of a role of one word ("scientists", "spokesmen"), at a sticky regular expression's `lastIndex`. */
const PLURAL_ROLE_AT = new RegExp(
  `(?:${APPOSITIVE_ROLES.filter((r) => /^[a-z]+$/.test(r))
    .map((r) => (r.endsWith('man') ? `${r}|${r.slice(0, -3)}men` : `${r}s|${r}es`))
    .join('|')})\\b`,
  'y',
);

/**
 * A role noun of one word or more, or a post's initials ("CEO"), and no capitalised word after it, at a sticky regular
 * expression's `lastIndex`.
 */
const ROLE_AT = new RegExp(`(?:${[...APPOSITIVE_ROLES, ...POST_INITIALS].join('|')})\\b(?!\\s+\\p{Lu})`, 'uy');

/**
 * ", one of the most prominent scientists in Africa" (gv-africa-science-blogging-sub-saharan-2012-05-20), ", one of the
 * series leads" (wikinews-fan-expo-canada-2019-celebrities-cosplay-2019-09-02): one of a group a plural role noun
 * names, set off after a name, with up to three words qualifying the noun; only a person is one of scientists or leads.
 */
function oneOfRole(after: string): boolean {
  const opening = ONE_OF.exec(after)?.[0].length;
  return opening !== undefined && matchesAfterWords(after, opening, PLURAL_ROLE_AT, 3, (word) => /^[a-z-]+$/.test(word));
}

/**
 * ", leading Israeli leftist blogger", ", LGBT blogger from Uganda": a role noun set off after a name, up to three words
 * qualifying it; no preposition or conjunction among them, which starts a phrase of its own ("her graphic novel Angel
 * Catbird, with illustrator Johnnie Christmas", wikinews-fan-expo-canada-toronto-2016-09-07). The role may be that of one
 * who speaks for another ("Salah al-Obaidi, a top aide to al-Sadr, said",
 * wikinews-us-launches-airstrikes-against-basra-militants-2008-03-29). A name right after the role makes it that name's
 * title, the comma closing an opening phrase ("In the letter to GitHub, EFF's attorney Stoltz said", fresh Wikinews, 2020).
 * Read word by word (`matchesAfterWords`): as one regular expression, its qualifiers' nationality list copied for each
 * of the three, it took V8 a third of a second to compile on each worker's first analysis.
 */
export function roleAppositive(after: string): boolean {
  if (oneOfRole(after)) return true;
  if (!/^,\s/u.test(after)) return false;
  const article = /^(?:a|an|the)\s/u.exec(after.slice(2))?.[0].length ?? 0;
  // "Eduardo, a University of Matanzas professor and blogger who helped organize the event, suggested" (gv-cuba-bloggers-
  // in-revolution-criticism-2012-05-18): after the article, the name of where the person works may qualify the role
  // as one word does.
  const body = article > 0 ? (BODY_BEFORE_ROLE.exec(after.slice(2 + article))?.[0].length ?? 0) : 0;
  return (
    matchesAfterWords(after, 2, ROLE_AT, 3, qualifiesRole) ||
    (article > 0 && matchesAfterWords(after, 2 + article, ROLE_AT, 3, qualifiesRole)) ||
    (body > 0 && matchesAfterWords(after, 2 + article + body, ROLE_AT, 2, qualifiesRole))
  );
}

/** A body's name of capitalised words, "of", "de" or "for" between them, then a space: "University of Matanzas ". */
const BODY_BEFORE_ROLE = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s(?:(?:of|de|for)\s)?\p{Lu}[\p{L}\p{M}'’-]*){0,4}\s/u;

/**
 * A word that may qualify a role noun: a lower-case word other than a preposition or a conjunction, a nationality, an
 * acronym, an age ("Adel, a 23-year-old blogger, took a break …", gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06).
 */
function qualifiesRole(word: string): boolean {
  if (/^\d{1,3}-year-old$/.test(word)) return true;
  if (/^[a-z-]+$/.test(word)) return !/^(?:with|and|or|by|for|to|from|of|at|in|on)$/.test(word);
  return /^\p{Lu}[\p{L}-]*(?:an|ese|i)$/u.test(word) || NATIONALITY_ADJECTIVES.has(word) || /^\p{Lu}{2,6}$/u.test(word);
}

/**
 * ", Ukraine's foreign minister, said" (wikinews-malaysia-airlines-flight-17-shot-down-eastern-ukraine-2014-07-18), ", the
 * country's president,": a role someone's possessive owns, set off after a name, the appositive ending with the role
 * (a comma, a stop, or "of", "to" …), so that an adjective is not read as the role (", JSC's official visitors center",
 * fresh NASA page).
 */
export const OWNED_ROLE_APPOSITIVE = new RegExp(
  `^,\\s(?:the\\s)?(?:\\p{Lu}[\\p{L}-]*|[a-z]+)['’]s\\s(?:[a-z-]+\\s){0,2}?(?:${APPOSITIVE_ROLES.join('|')})(?=\\s*[,.;:]|\\s+(?:of|for|to|at|in|on|from|with)\\s)`,
  'u',
);

/**
 * ", Interior Minister claiming responsibility" (Global Voices, Pakistan, May 2012): a title set off after a name, capitalised
 * as a title is, one or two capitalised words qualifying it, and no name or "of" after it (", Prime Minister Yousuf Raza
 * Gilani" lists another person, ", The Chair of the Eagle" another novel in a list of titles).
 */
export const TITLE_APPOSITIVE = new RegExp(
  `^,\\s(?:(?!(?:The|A|An)\\s)\\p{Lu}\\p{Ll}+\\s){1,2}(?:${PERSON_ROLE_NOUNS.map((noun) => noun.charAt(0).toUpperCase() + noun.slice(1)).join('|')})\\b(?!\\s(?:of\\b|\\p{Lu}))`,
  'u',
);

/** ", NCA director,": a role noun after an organisation's acronym, set off after a name. */
export const ACRONYM_ROLE = new RegExp(`^,\\s[A-Z]{2,6}\\s(?:[a-z-]+\\s)?(?:${PERSON_ROLE_NOUNS.join('|')}),`);

/** "The deceased seaman was identified as Jaypee Galicha": the dead, the injured and the accused are identified by name. */
export const IDENTIFIED_AS = /(?<![\p{L}-])(?:was|were|been|being|is|are)\s+identified\s+as\s$/u;

/**
 * "The mosque's imam, who gave his name as Asseyuti, commented" (wikinews-at-least-fifteen-dead-stampede-mali-mosque-
 * 2010-02-26), "her counterpart, whose name was given as Doan Thi Huong," (wikinews-malaysia-arrests-fourth-suspect-kim-
 * jong-nam-2017-02-16): a name someone gave as theirs, or that was given as someone's, is a person's, one word or more.
 * Not "the name given to the storm" (a thing is named, no name given as).
 */
export const NAME_GIVEN_AS =
  /(?<![\p{L}-])(?:(?:gave|gives|give|giving)\s+(?:his|her|their)\s+(?:first\s+|full\s+)?name\s+as|name\s+(?:was|is|has\s+been)\s+given\s+as)\s$/u;

/**
 * Whether every word of a name of two to four words is shaped like a name's, capitalised. "Abu Mahdi al-Muhandis",
 * "Arnel dela Vega": an Arabic or Filipino surname keeps its article in lower case after given names; after one
 * capitalised word it is as often a place's ("Tuna el-Gebel"), and "de" a university's ("Université de Sherbrooke").
 */
export function nameShapedCore(core: ReadonlyArray<string>): boolean {
  const capitalised = (w: string, i: number) => /^\p{Lu}/u.test(w) || (i > 0 && core.length >= 3 && /^(?:(?:al|el)-\p{Lu}|dela$|bin$|ibn$)/u.test(w));
  return core.length >= 2 && core.length <= 4 && core.every((w, i) => capitalised(w, i) && nameShapedWord(w));
}

/**
 * "Arnel dela Vega of the army's Western Mindanao Command said": a name, where it works, then "said": the affiliation of
 * one who speaks (an organisation's own "of" opens its name: "Ministry of Defence said" is settled before the votes).
 */
export const AFFILIATION_THEN_SAID = /^\s(?:of|from)\s(?:the\s)?[^,.;:"“”()]{2,60}?\s(?:said|says|told)\s/u;

/**
 * An age set off after a name, only a person's: "Gray, 24,", "Karlos, also 44, stepped in", "Miguel Ángel, 44 years
 * old,", "Arnav Gupta, 33-year-old of Bethesda" (wikinews-man-sets-himself-on-fire-white-house-2019-06-01), and a pair's
 * ages after the pair ("Desi and Raquel, 33 and 31 years-old respectively": `after` the first name
 * holds the second); an age the name's clause states ("Maria, that's her name, is 56 years-old"). A number going on
 * in a noun ("Kenya, 10 people died") is no age.
 */
export const AGE_AFTER =
  /^(?:(?:\s(?:and|&)\s\p{Lu}\p{Ll}+)?,\s(?:also\s|aged\s)?\d{1,3}(?:\s(?:and|&)\s\d{1,3})?(?:,|\s(?:years?[\s-]old|years?\sof\sage)\b|-years?-old\b)|(?:,\s[^,.]{1,30},)?\s(?:is|was)\s\d{1,3}\syears?[\s-]old\b)/u;

/**
 * "Samuel Umtiti 51'", "Kylian Mbappé 90+2'", "Blaise Matuidi 86'": the minute of a goal, a booking or a substitution
 * written after a player's name, as a football match report's box lists them
 * (wikinews-umtiti-scores-france-reaches-final-beating-belgium-2018-07-10). Only a player is given a minute so.
 */
export const MATCH_MINUTE_AFTER = /^\s\d{1,3}(?:\+\d{1,2}(?:[–-]\d{1,2})?)?['’](?!s\b)/u;

/**
 * `"In 2004, DARPA researchers surveyed …" - P.W. Singer` (ARCIC archive, "The Rise of Robot Warfare: US Army Planning
 * has Already Begun"): a name after a quotation's closing mark and a dash, with nothing after it but a description set
 * off by a comma to its paragraph's end, signs the quotation as an epigraph's or a pull quote's author does.
 * `before` is the text before the name, `rest` the text from its end to the paragraph's end.
 */
export const signsQuotation = (before: string, rest: string): boolean => /[”"]\s*[-—–]{1,2}\s*$/.test(before) && /^(?:,[^"“”]{0,160})?\s*\.?\s*$/.test(rest);

/**
 * `“… Yo soy parte de estos momentos históricos, …”.` / `– Noelia González, escritora y editora científica sénior de la
 * NASA en español, ADNET Systems, …` (NASA, "Faces of NASA" in Spanish, nasa_article_576 of katie-hofschen/NASA_RAG): a
 * paragraph that is a dash, a name and at most a description set off by a comma signs the quotation the paragraph before
 * it closes, its full stop inside the marks or after them. A dash opening a list's item follows no closed quotation.
 * `previous` is the paragraph before, `before` and `rest` the name's paragraph before and after the name.
 */
export const signsQuotedParagraph = (previous: string, before: string, rest: string): boolean =>
  /^[-—–]{1,2}\s*$/.test(before) && /[”"][.,]?\s*$/.test(previous) && /^(?:,[^"“”]{0,200})?\s*\.?\s*$/.test(rest);

/** "Desi (left) and Raquel collecting signatures", "Sunak (right)": a caption places a pictured person. */
export const PICTURED_AT = /^\s\((?:left|right|centre|center|second\sfrom\s(?:left|right))\)/;

/**
 * "Wikinews interviews Christopher Hill, U.S. Republican Party presidential candidate", "Interview with LibriVox founder
 * Hugh McGuire": the one an interview is with is a person. Wikinews headlines its interviews so. In running text an
 * interview is as often with an outlet ("said in an interview with Rolling Stone"), and a list's next line may open with a
 * capitalised verb ("Conducting interviews Inviting the whole team"): a name of one word is no evidence.
 */
export const INTERVIEWEE = /(?<!\p{L})(?:interviews|interviewed|Interview\swith)\s$/u;

/**
 * Whether the words after a name are "of" and a body, up to the clause's first speech verb: ` of the army's Western
 * Mindanao Command said` (wikinews-bombs-kill-20-at-jolo-cathedral-mindanao-2019-01-28), within the clause's first eight
 * words, before any punctuation. A name of two words or more so followed is a person's: the name, the body they belong to,
 * then what they said (a body's own "of" stays inside its name's run: "Bank of England said").
 */
export function affiliationThenSpeech(after: string): boolean {
  const clause = /^\s+of\s+([^,.;:"“”()[\]]+)/.exec(after)?.[1] ?? '';
  return clause
    .split(/\s+/)
    .slice(1, 8)
    .some((w) => /^[a-z]+$/.test(w) && isSpeechVerb(w));
}

/**
 * "Trayvon Martin's mom", "Dunn's mother", "Mendez's wife": a possessive of a name before a noun of kinship, perhaps
 * qualified ("'s late husband"); or a noun of kinship set off after the name, owned by someone already named
 * ("Serkalem Fasil, his wife who is also a once jailed journalist", Global Voices, Ethiopia, May 2012), or the one it once
 * was ("Neka Dorokashvili, his ex-wife", wikinews-basilashvili-arrested-domestic-violence-2020-05-25). Only a person has
 * a mother, a wife or a son; a "sister city" or a "mother country" is a place's.
 */
export const KIN_AFTER = new RegExp(
  `^(?:['’]s?|,\\s+(?:his|her|their))\\s+(?:(?:late|former|younger|elder|older|eldest|youngest|only|estranged)\\s+)?(?:ex-)?(?:${[...KIN_NOUNS].join('|')})\\b(?!\\s+(?:city|cities|country|countries|state|states|company|companies|organi[sz]ation|paper|tongue|land|ship|church|site|nature)\\b)`,
  'u',
);

/**
 * A common first name before a surname, or a name that does something, is a person: "Tomas Lindqvist spoke"; so is
 * one after an initial ("B. Lynn Winmill"). Whether the name's core words (`nameCore`) open so.
 */
export function opensWithGivenName(core: ReadonlyArray<string>): boolean {
  const firstAt = isInitial(core[0] ?? '') && core.length >= 3 ? 1 : 0;
  return (
    core.length >= 2 &&
    core.length <= 4 &&
    nameWordsShaped(core) &&
    isFirstName(core[firstAt] ?? '') &&
    (!NOT_NAMES.has(core[firstAt + 1] ?? '') || surnameAfterFirstName(core, firstAt + 1))
  );
}

/** A lower-case noun, a comma and "the late" right before a name. */
const THE_LATE = /(?<![\p{L}-])([a-z-]+),\s+the\s+late\s+$/u;

/**
 * Whether the text `before` a name ends with a kin or role noun set off by a comma, then "the late": "to an Indian-born
 * mother, the late Shyamala Gopalan, and …" (Wikinews 2020) names a dead person. "The late" alone as often opens a
 * period ("the late Bronze Age", "the late Ming Dynasty"), so the noun before must say it is someone.
 */
export const kinOrRoleThenTheLate = (before: string): boolean => {
  const noun = THE_LATE.exec(before)?.[1] ?? '';
  return KIN_NOUNS.has(noun) || PERSON_ROLE_NOUNS.includes(noun);
};

/**
 * "the United States' killing of Qasem Soleimani" (wikinews-iraqi-parliament-votes-expel-us-troops-2020-01-06), "the
 * assassination of Benazir Bhutto": a noun of a killing and "of" before a name; only a person is killed or murdered so.
 * `before` is the text before the name.
 */
export const KILLING_OF = /(?<![\p{L}-])(?:killing|assassination|murder|execution|beheading|lynching)\s+of\s+$/u;

/**
 * The role in the word before a name written with "then-" and hyphens ("then-prime-minister Thaksin Shinawatra",
 * wikinews-thai-party-withdraws-princess-nomination-2019-02-11): the role as the role list writes it ("prime minister");
 * the word itself when it has no such prefix.
 */
export const roleWithoutThen = (word: string): string => word.replace(/^then-/i, '').replace(/-/g, ' ');

/**
 * "which placed incumbent Prayuth Chan-o-cha in office" (wikinews-thai-party-withdraws-princess-nomination-2019-02-11):
 * "incumbent" right before a name calls it the holder of an office, a person. `before` is the text before the name.
 */
export const INCUMBENT_BEFORE = /(?<![\p{L}-])incumbent\s$/u;

/**
 * "Attendance: 41,432 Referee: Malang Diedhiou (Senegal)" (wikinews-fifa-world-cup-2018-day-four-mexico-germany-serbia-brazil-2018-06-17):
 * a match report's box labels the official who refereed it, and only a person referees. `before` is the text before
 * the name.
 */
export const MATCH_OFFICIAL_LABEL = /(?<![\p{L}-])(?:Referee|Umpire)s?:\s$/u;
