import { namesCivicBody, sharedOffice } from './civicTitle';
import { isCongressTitle, sitsOnCommittee } from './congressTitle';
import { asHeldNow, isFormerWord } from './formerRole';
import { bareWord, held, type HeldKind, roleAt, wordsOf } from './roles';
import { isLegislator } from './weakSigns';
import { namesOwnerBody } from './ownerBody';
import { namesFederalService } from './federalService';
import { isNationalOfficer } from './nationalOfficer';
import { leadsNationalSide } from './nationalSide';
import { namesPublicOffice } from './publicOffice';
import { partyLeaderType } from './partyLeader';
import { holdsPortfolio } from './portfolioSecretary';
import { SPOKES_WORD } from './spokesRank';
import type { SourceType } from '../../schema';
import { COUNTRY_BY_ADJECTIVE, PLACES } from '../entities/lookups';
import { AGENCY_CENTRES } from '../lexicon/agencyCentres';
import { CIVIC_BODY_HEADS } from '../lexicon/civicBodyHeads';
import { COMPANY_HEADS } from '../lexicon/companyHeads';
import { GOVERNMENT_WORDS } from '../lexicon/governmentWords';
import { RESEARCH_BODIES } from '../lexicon/researchBodies';

/** Where the head of a role phrase ends and its complement begins: "director | of NASA Johnson". */
const COMPLEMENT = /^(?:of|for|at|in|from|with|to|on)$/i;
/**
 * Words a capitalised run before a name may open with that name no body: "As political strategist", "The BEAM
 * president"; "Incumbent President Donald Trump", "Republican President Trump" hold an office, not a body's head.
 */
export const OPENER =
  /^(?:the|a|an|as|at|in|on|by|with|for|of|to|from|and|but|so|after|while|when|said|says|former|late|new|then|deputy|assistant|acting|interim|associate|senior|vice|incumbent|outgoing|sitting|republican|democratic)$/i;

/** A word naming a government body, or its initials in brackets: "ministry", "Kremlin", "(OPM)". */
export const governs = (word: string) => GOVERNMENT_WORDS.has(word.toLowerCase().replace(/^\(|\)$|['’]s$|[,;:]$/g, ''));
/** The words after a centre's name that make it the centre: "Marshall Space Flight Center", "Ames Research Center". */
const CENTRE_WORD = /^(?:center|centre|space|flight|research|assembly)[,;:]?$/i;
/**
 * Whether words name one of NASA's field centres (`lexicon/agencyCentres.ts`): "Johnson Center Director", "Acting
 * Marshall Center Director", "Marshall’s center director"; "Johnson’s" alone may be anyone's. A laboratory or an
 * institute inside it ("lead of Marshall Space Flight Center’s Planetary Protection Laboratory") is a body of research,
 * whose lead may speak from knowledge: the centre then says nothing.
 */
const namesCentre = (words: ReadonlyArray<string>) =>
  !words.some((w) => RESEARCH_BODIES.has(bareWord(w).replace(/['’]s$/, ''))) &&
  words.some((w, i) => {
    const possessive = /['’]s$/.test(w);
    const own = AGENCY_CENTRES.get(w.replace(/['’]s$|[,;:]$/g, '').toLowerCase());
    if (own === undefined || !/^\p{Lu}/u.test(w)) return false;
    // "lead project manager of collaborative worksites at Johnson", "lead simulator at Ames, in …": a centre's name
    // that a role's "at" places, closing the phrase, is where the role is held.
    const placed = /^at$/i.test(words[i - 1] ?? '') && (i === words.length - 1 || /,$/.test(w) || /^in$/i.test(words[i + 1] ?? ''));
    return possessive ? own : CENTRE_WORD.test(words[i + 1] ?? '') || placed;
  });

/** A country or a nationality: "Russian", "Kazakhstan", "U.S.". */
export const national = (word: string) => {
  const bare = word.replace(/['’]s$|[,;:]$/g, '');
  return COUNTRY_BY_ADJECTIVE.has(bare) || PLACES.has(bare);
};

/**
 * "Commerce Secretary Wilbur Ross", "the Defence Secretary", "the Secretary of Justice for Puerto Rico": a title
 * written with a capital after nothing but capitalised words (the office it heads) is a formal title of public office,
 * as AP and Wikinews capitalise one; in lower case ("the party's general secretary") it may be any body's.
 */
const formalTitle = (words: ReadonlyArray<string>, from: number) =>
  /^\p{Lu}/u.test(words[from] ?? '') && words.slice(0, from).every((w) => OPENER.test(w) || /^\p{Lu}/u.test(w));

/**
 * The type the role words of a phrase give, or null: the first specific role wins over a title, an office, a head or a
 * member, which make an official only where the words around them tie them to a government; a head or a member that
 * the words tie to a body of another kind speaks for it (`lexicon/sourceRoles.ts`); a former one speaks for themself
 * (`formerRole.ts`), "former" written in the phrase or as the word `preceding` it.
 */
export function typeOfPhrase(phrase: string, preceding = ''): SourceType | null {
  const lower = wordsOf(phrase).map(bareWord);
  if (isLegislator(phrase) || isCongressTitle(phrase) || sitsOnCommittee(phrase)) return asHeldNow('official', [bareWord(preceding), ...lower]);
  const firstRole = lower.findIndex((_, i) => roleAt(lower, i) !== null);
  return asHeldNow(typeOfRoles(phrase), [bareWord(preceding), ...lower.slice(0, Math.max(0, firstRole))]);
}

/** Words that join two roles as two (conjuncts), not one compound: "Blogger and activist", "president & CEO". */
const CONJUNCTION = /^(?:and|or|&|nor|but)$/;

/**
 * Whether a role that ends at word `from` modifies a later role of the same compound before `end`: no conjunction, no
 * comma and no slash ("activist/blogger") stands between them. Words as `wordsOf` splits them.
 */
function nextRoleInCompound(phrase: string, lower: ReadonlyArray<string>, from: number, end: number): boolean {
  const gaps = [...phrase.matchAll(/[^\s/]+/g)].map((w, j, all) =>
    j === 0 ? '' : phrase.slice((all[j - 1]?.index ?? 0) + (all[j - 1]?.[0].length ?? 0), w.index),
  );
  const words = wordsOf(phrase);
  for (let j = from; j < end; j++) {
    if (CONJUNCTION.test(lower[j] ?? '') || /[,;:]$/.test(words[j - 1] ?? '') || (gaps[j] ?? '').includes('/')) return false;
    if (roleAt(lower, j)) return true;
  }
  return false;
}

/** Words that close the name of a state, not of a body inside it: "the Russian Federation", "the Iraqi Government". */
const STATE_NAME = /^(?:federation|republic|kingdom|emirates|states|government)$/i;

/**
 * "Center Director Eugene Tu", "Acting Center Director John Bailey", "Associate Center Director Rae Ann Meyer": the
 * head of a NASA field centre, as NASA's releases title one with no centre named; a centre another name opens
 * ("Carter Center Director") is not read so.
 */
const CENTRE_DIRECTOR = /^(?:(?:Acting|Deputy|Associate)\s+)*Center\s+(?:(?:Deputy|Associate)\s+)?Director$/;

/** "deputy chief information officer at The White House": a government's seat named by two words none of which alone is one. */
const WHITE_HOUSE = /\bWhite House\b/;

/** Whether word `k` is one of a role's words: "Executive" in "Chief Executive of Hong Kong". */
const inRole = (lower: ReadonlyArray<string>, k: number) => lower.some((_, j) => j <= k && j + (roleAt(lower, j)?.[1] ?? 0) > k);

/**
 * Whether a phrase names a country or a nationality ("Russian President", "North Korean leader", "President of the
 * Russian Federation"), though not as part of the name of another body: "executive director of the Australian Retailers
 * Association" heads an association, "University of California, San Diego's chancellor" a university, not the state.
 */
function namesNation(words: ReadonlyArray<string>, lower: ReadonlyArray<string>): boolean {
  const bare = (w: string) => w.replace(/['’]s$|[,;:]$/g, '');
  return words.some((w, i) => {
    const pair = national(`${w} ${bare(words[i + 1] ?? '')}`);
    if (!pair && !national(w)) return false;
    // "University of California": a body's name that the place ends.
    const owner = words[i - 2] ?? '';
    if (lower[i - 1] === 'of' && /^\p{Lu}/u.test(owner) && !OPENER.test(owner) && !inRole(lower, i - 2)) return false;
    // "TechLit Africa CEO": a capitalised word of no place or government before the place opens a body's name.
    const prior = words[i - 1] ?? '';
    if (/^\p{Lu}/u.test(prior) && !OPENER.test(prior) && !national(prior) && !governs(prior) && !inRole(lower, i - 1)) return false;
    const from = i + (pair ? 2 : 1);
    const stop = words.findIndex((r, k) => k >= from && (!/^\p{Lu}/u.test(r) || roleAt(lower, k) !== null));
    const run = words.slice(from, stop < 0 ? words.length : stop);
    return run.length === 0 || run.some((r) => governs(r) || STATE_NAME.test(bare(r)));
  });
}

/**
 * "House of Commons Speaker", "Department of Justice spokesman": a capitalised body's name that holds an "of", then the
 * role that ends the phrase, as a title before a name is written; the "of" opens no complement.
 */
function bodyBeforeRole(words: ReadonlyArray<string>, lower: ReadonlyArray<string>): boolean {
  const last = lower.findIndex((_, i) => {
    const role = roleAt(lower, i);
    return role !== null && i + role[1] === lower.length;
  });
  // "a United States Department of State spokesperson": an article may open it.
  const from = /^(?:a|an|the)$/i.test(words[0] ?? '') ? 1 : 0;
  return (
    last > from &&
    /^\p{Lu}/u.test(words[from] ?? '') &&
    words.slice(from, last).every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && /^(?:of|for|and|the|&)$/.test(w)))
  );
}

/** `typeOfPhrase` before `asHeldNow`: every role read as still held. */
function typeOfRoles(phrase: string): SourceType | null {
  const words = wordsOf(phrase);
  const lower = words.map(bareWord);
  let holds: { kind: HeldKind; from: number; to: number } | null = null;
  // "a friend of the Russian president" is no official: the role is the head's, before its complement.
  const complement = bodyBeforeRole(words, lower) ? -1 : lower.findIndex((w) => COMPLEMENT.test(w));
  // "Senior Fire Advisor, FirstNet Chad Weber, Public Information Officer, …": a comma after a role ends the head too;
  // what follows names its body or another's role ("VA’s Megan Moloney, Director of …" has its role after one).
  const firstRole = lower.findIndex((_, i) => roleAt(lower, i) !== null);
  const comma = firstRole < 0 ? -1 : words.findIndex((w, i) => i >= firstRole && /,$/.test(w));
  const end = Math.min(complement < 0 ? lower.length : complement, comma < 0 ? lower.length : comma + 1);
  for (let i = 0; i < end; i++) {
    const role = roleAt(lower, i);
    if (!role) continue;
    const [kind, n] = role;
    // "user experience researcher", "Deputy Defense Secretary": a role that another role follows in the same noun
    // phrase, with no "and", "or", comma or slash between them, only modifies it; the last one is its head. Not a
    // spokesman before a rank: "British military spokesman Maj. Tom Holloway" (wikinews-us-launches-airstrikes-against-
    // basra-militants-2008-03-29) is the force's spokesman, the rank his title (`spokesRank.ts`).
    if (nextRoleInCompound(phrase, lower, i + n, end) && !(n === 1 && SPOKES_WORD.test(lower[i] ?? ''))) {
      i += n - 1;
      continue;
    }
    // "Zimbabwe Teachers Association Secretary General Richard Gundani": an office a civic body names too (`civicTitle.ts`).
    if (kind === 'official' && sharedOffice(lower, i, i + n) && namesCivicBody(words, i, i + n)) return 'spokesperson';
    if (!held(kind)) return kind;
    holds ??= { kind, from: i, to: i + n };
    i += n - 1;
  }
  if (!holds) return null;
  const { kind, from, to } = holds;
  // "Serbia's captain", "Iran's manager": a national side's, speaking on their own game (`nationalSide.ts`).
  if (kind === 'office' && leadsNationalSide(words, from, to)) return 'citizen';
  // "head of a regional civil defense office": a government's office named by its kind (`publicOffice.ts`).
  if (
    kind !== 'member' &&
    (words.some(governs) ||
      namesCentre(words) ||
      WHITE_HOUSE.test(phrase) ||
      CENTRE_DIRECTOR.test(phrase) ||
      namesPublicOffice(lower) ||
      namesFederalService(phrase))
  )
    return 'official';
  const party = kind === 'head' ? partyLeaderType(lower, from, to) : null;
  if (party) return party;
  // "President Joe Biden", "New President Joyce Banda": a capitalised title before a name, perhaps after a modifier.
  const bareTitle = to === words.length && words.slice(0, from).every((w) => OPENER.test(w)) && /^\p{Lu}/u.test(words[from] ?? '');
  // "CEO Brad Hunstable", "Acting Chief Executive Officer Sifiso Ndlovu", "chief executive of the palace": an executive
  // speaks for a private body, however bare or national the title; one who was (`isFormerWord`) no longer does, and the
  // text then says nothing. A chief executive of a place ("Chief Executive Carrie Lam", "Carrie Lam, the chief executive
  // of Hong Kong", wikinews-hong-kong-lam-withdraws-extradition-bill-2019-09-06), or one capitalised without "Officer",
  // is Hong Kong's head of government, an office read below.
  const role = lower.slice(from, to).join(' ');
  const placeHead = role === 'chief executive' && (/^\p{Lu}/u.test(words[from] ?? '') || namesNation(words, lower));
  // "U.S. Chief Technology Officer Megan Smith": a company officer's title that a country's name alone qualifies.
  const nationalOffice = isNationalOfficer(
    role,
    words.slice(0, from).filter((w) => !OPENER.test(w)),
  );
  if (kind === 'head' && COMPANY_HEADS.has(role) && !placeHead && !nationalOffice) return lower.slice(0, from).some(isFormerWord) ? null : 'spokesperson';
  // "Tesco’s CEO for Central Europe": a body named in the possessive owns the role; the place is only its patch.
  const owned = words.slice(0, from).some((w) => /^\p{Lu}[\p{L}\p{N}.&-]*['’]s$/u.test(w) && !national(w) && !governs(w));
  // "executive director of the U.S. branch of Amnesty International": a civic body's head, wherever it works.
  if (kind === 'head' && namesCivicBody(words, from, to) && !bareTitle) return lower.slice(0, from).some(isFormerWord) ? null : 'spokesperson';
  if ((kind === 'title' || kind === 'head') && (bareTitle || (namesNation(words, lower) && !owned))) return 'official';
  if (kind === 'title' && formalTitle(words, from)) return 'official';
  // "Defense secretary Michael Fallon": a portfolio's secretary in lower case (`portfolioSecretary.ts`).
  if (kind === 'title' && holdsPortfolio(words, from, to)) return 'official';
  // "president of BEAM", "CEO of the Refugee Council", "BEAM president": the body it heads is named.
  const namesBody = words.some((w, i) => (i < from || i >= end) && /^\p{Lu}/u.test(w) && !OPENER.test(w) && !roleAt(lower, i));
  // "a 63-year-old ex-founder and CEO of Bio Economic Research Associates": who headed a body no longer speaks for it.
  const former = lower.slice(0, from).some(isFormerWord);
  const owner = kind !== 'title' && namesOwnerBody(lower, from);
  return ((kind === 'head' || kind === 'member') && namesBody) || directsCivicBody(words, lower, from, to) || owner ? (former ? null : 'spokesperson') : null;
}

/**
 * "The director of Addameer Prisoner Support and Human Rights Association", "Hong Kong director of Amnesty
 * International": a director whose words name a civic body (`lexicon/civicBodyHeads.ts`) speaks for it; "the director
 * of Black Panther" names none. Words `from`–`to` are the role's.
 */
function directsCivicBody(words: ReadonlyArray<string>, lower: ReadonlyArray<string>, from: number, to: number): boolean {
  const director = /^(?:deputy\s+)?director$/.test(lower.slice(from, to).join(' '));
  return director && words.some((w, i) => (i < from || i >= to) && /^\p{Lu}/u.test(w) && CIVIC_BODY_HEADS.has(bareWord(w).replace(/['’]s$/, '')));
}
