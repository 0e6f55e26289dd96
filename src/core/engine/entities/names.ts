import { NAME_PARTICLES } from '../lexicon/nameParticles';
import { COMMON_WORD_SURNAMES } from '../lexicon/commonWordSurnames';
import { CONNECTORS } from '../lexicon/connectors';
import { isFirstName } from '../lexicon/firstNames';
import { KNOWN_ORGS } from '../lexicon/knownOrgs';
import { opensEventName } from '../lexicon/eventOpenings';
import { NOT_NAMES } from '../lexicon/notNames';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { PLACE_ALIASES, PLACES, ROLE_WORDS, TITLE_WORDS } from './lookups';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { penNameAfterRole } from './penNameAfterRole';

/**
 * Initials written together ("H.W.", "E.O."), as in "George H.W. Bush": a name's words, unless they abbreviate a place,
 * a body or a ship's prefix ("U.S.", "D.C.", "U.N.", "U.S.S.").
 */
const GLUED_INITIALS = /^(?:[A-Z]\.){2,3}$/;
const NOT_INITIALS = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'U.S.S.', 'S.S.', 'H.M.S.']);

/** Whether a word is a person's initial or initials: "J.", "H.W." (not "U.S."). */
export const isInitial = (w: string) => /^[A-Z]\.$/.test(w) || (GLUED_INITIALS.test(w) && !NOT_INITIALS.has(w) && !PLACE_ALIASES.has(w));

/** A generational suffix closing a person's name: "Jr.", "Sr.", "III". */
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** A monarch's or a pope's numeral after a lone given name: "II" in "Queen Elizabeth II". */
const REGNAL_NUMBER = /^(?:II|III|IV)$/;

/**
 * A name's words without the generational suffix that closes it ("Christopher C. Kraft Jr." → "… Kraft"), when the
 * words before it hold a first name or an initial; otherwise the words as they are ("World War II" is no one's name).
 * A lone common given name before a Roman numeral is a regnal name, its numeral the suffix ("Queen Elizabeth II",
 * Wikinews 2019 on the prorogation of the UK parliament); "Phase II", "Gemini IV" open with no given name.
 */
export function nameCore(words: ReadonlyArray<string>): ReadonlyArray<string> {
  const core = words.slice(0, -1);
  const last = words.at(-1) ?? '';
  if (core.length === 1 && REGNAL_NUMBER.test(last) && isFirstName(core[0] ?? '')) return core;
  return core.length >= 2 && NAME_SUFFIX.test(last) && core.some((w) => isFirstName(w) || isInitial(w)) ? core : words;
}

/** The generational suffix closing a person's name ("III" in "Bruce McCandless III"), or null. */
export function nameSuffix(name: string): string | null {
  const words = name.split(' ');
  return nameCore(words).length < words.length ? (words.at(-1) ?? null) : null;
}

/** A person's name without its generational suffix: "Bernard A. Harris Jr." → "Bernard A. Harris". */
export const withoutNameSuffix = (name: string): string => nameCore(name.split(' ')).join(' ');

/**
 * A word written like a name: "Nadia", "O’Neill", "C'Bearing", "L’Ecuyer", "d'Ettorre", "McAllister", "Lund-Madsen", "E-Jay", "J.", "H.W.",
 * "al-Assad", or a particle ("de", "bin", "wa", the "los" of "de los Santos"). An Arabic article or kin word glued to
 * the name with a capital after it is part of the name too: "Nader ElKhuzundar" (Global Voices, Palestine, May 2012,
 * fresh text), "Mohamed ElBaradei"; so is the article written with an apostrophe: "Abdelhak al'Koush" (gv-moroccans-love-
 * hate-affair-obama). Two given names written as one, the second capitalised, are one: "MaryEllen Kresse" (usgov-doj-
 * ista-pharmaceuticals-guilty-plea-xibrom-2013-05-24), "JoAnn".
 */
export const nameShapedWord = (w: string) =>
  isInitial(w) ||
  /^(?:\p{Lu}[’']|d[’']|[ae]l[’']|Mc|Mac|De|Di|Du|Le|La|Van|Von|El|Al|Abu|Bin|Ibn|al-|el-|bin-|ibn-|abu-|Mary|Jo)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$|^\p{Lu}-\p{Lu}\p{Ll}+$|^[A-Z]\.$/u.test(
    w,
  ) ||
  NAME_PARTICLES.has(w);

/**
 * Whether initials do not open a name here: they are all there is ("N.K.S. K.R."), or the run goes on past them into a
 * word that never names anyone, the next sentence's ("Greensboro, N.C. He continued").
 */
export function initialsWithoutName(words: ReadonlyArray<string>): boolean {
  const core = nameCore(words);
  return core.some(isInitial) && (core.every(isInitial) || core.some((w) => NOT_NAMES.has(w)));
}

/** Whether `words[i]`, a word that never opens a name, closes one as a surname after a known first name: "Doris Day". */
export const surnameAfterFirstName = (words: ReadonlyArray<string>, i: number): boolean =>
  i >= 1 && i === words.length - 1 && COMMON_WORD_SURNAMES.has(words[i] ?? '') && isFirstName(words[i - 1] ?? '');

/**
 * "Sergey M", one of the maintainers of youtube-dl (Wikinews, November 2020): a known first name, then the surname's
 * initial alone, as people who keep their surname private sign; the initial's full stop may be missing or written as
 * another dot ("Sergey M․"). Not "A" nor "I", which are words of their own.
 */
const closingInitial = (words: ReadonlyArray<string>, i: number): boolean =>
  words.length === 2 && i === 1 && /^[B-HJ-Z]$/.test(words[1] ?? '') && isFirstName(words[0] ?? '');

/**
 * "B Shiva Parvathi was running the train as loco pilot" (English Wikinews, March 2020): a South Indian name's leading
 * initial, written without its full stop, before a given name and a family name. Only before two more words, so that
 * "Plan B" or "Type C Vouchers" stay no one's.
 */
const openingInitial = (words: ReadonlyArray<string>, i: number): boolean =>
  words.length === 3 && i === 0 && /^[B-HJ-Z]$/.test(words[0] ?? '') && words.slice(1).every((w) => nameShapedWord(w) && !NOT_NAMES.has(w));

/** A bare initial, opening or closing a name ("B Shiva Parvathi", "Sergey M"). */
const bareInitial = (words: ReadonlyArray<string>, i: number): boolean => closingInitial(words, i) || openingInitial(words, i);

/** Whether every word of a name (its suffix left out) is written as a name's, a closing bare initial included ("Sergey M"). */
export const nameWordsShaped = (words: ReadonlyArray<string>): boolean => nameCore(words).every((w, i, core) => nameShapedWord(w) || bareInitial(core, i));

/** Two to four words each written like a name, none a day or month, perhaps closed by a suffix ("Jr."). */
export const personShaped = (words: ReadonlyArray<string>) => {
  const core = nameCore(words);
  return (
    core.length >= 2 &&
    core.length <= 4 &&
    core.every((w, i) => (nameShapedWord(w) && (!NOT_NAMES.has(w) || surnameAfterFirstName(core, i))) || bareInitial(core, i)) &&
    !core.every(isInitial)
  );
};

/**
 * The particles of Arabic, Spanish, French, Dutch and German surnames as written capitalised inside a name ("Saad El
 * Katatny", "Ursula Von der Leyen"); first-name lists hold some of them ("El", "La"), but there they open no name.
 */
const CAPITALISED_PARTICLES: ReadonlySet<string> = new Set(['El', 'Al', 'La', 'Le', 'De', 'Da', 'Di', 'Du', 'Van', 'Von', 'Bin', 'Ibn', 'Abu']);

/** Whether a word inside a run of capitalised words may open a person's name: a common first name, no surname's particle. */
export const opensGivenName = (word: string): boolean => isFirstName(word) && !CAPITALISED_PARTICLES.has(word);

/**
 * "Zine El Abidine Ben Ali" (gv-tunisia-freedom-of-expression-campaign-2012-05-07), "Zine al-Abidine Ben Ali"
 * (wikinews-egypt-anti-government-protests-continue-internet-shut-down-2011-01-28): "Ben", "son of", after an Arabic
 * article earlier in the run goes on with the same name; the English given name it is spelt as starts no second person.
 */
const arabicKinWord = (words: ReadonlyArray<string>, k: number): boolean =>
  words[k] === 'Ben' && words.slice(0, k).some((w) => /^(?:El|Al)$|^(?:al|el|El|Al)-\p{Lu}/u.test(w));

/**
 * Where a run of capitalised words turns into a person's name: the index of a common first name that
 * follows a word that is not one, with two or three name-shaped words from it to the end; 0 when none. A surname's
 * particle is no first name there ("led by Saad El Katatny").
 */
export function firstNameStart(words: ReadonlyArray<string>): number {
  for (let k = 1; k < words.length - 1; k++) {
    const rest = words.slice(k);
    if (
      rest.length > 3 ||
      !isFirstName(words[k] ?? '') ||
      CAPITALISED_PARTICLES.has(words[k] ?? '') ||
      arabicKinWord(words, k) ||
      isFirstName(words[k - 1] ?? '') ||
      givenNamesBefore(words, k) ||
      CONNECTORS.has(words[k - 1] ?? '') ||
      endsPlace(words, k)
    )
      continue;
    if (!personShaped(rest) || rest.some((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w))) continue;
    // "Astronaut M. Scott Carpenter", "L. Gordon Cooper": an initial before the first name opens the name (Wikinews and
    // NASA write these names so; the people list wants them whole, "H. Lester Cooke").
    return SINGLE_INITIAL.test(words[k - 1] ?? '') ? k - 1 : k;
  }
  return 0;
}

/**
 * "Comoros president Ahmed Abdallah Mohamed Sambi" (wikinews-african-troops-invade-rebel-held-anjouan-2008-03-26): a
 * run of four opening with a given name, then a name-shaped word that is no title, organisation or place, is one
 * person's chain of given names before the family name, as Arabic and East African names are written; the common first
 * name inside it ("Mohamed") starts no second person.
 */
const givenNamesBefore = (words: ReadonlyArray<string>, k: number): boolean =>
  words.length === 4 &&
  k === 2 &&
  opensGivenName(words[0] ?? '') &&
  nameShapedWord(words[1] ?? '') &&
  ![words[0] ?? '', words[1] ?? ''].some((w) => NOT_NAMES.has(w) || TITLE_WORDS.has(w) || ORG_HEADS.has(w) || PLACES.has(w));

/**
 * Whether the word at `k` ends a place the words before it open: "York" of "Senator from New York Hillary Clinton"
 * (fresh Wikinews, April 2020) is the place's, not a first name, so the person starts after it.
 */
const endsPlace = (words: ReadonlyArray<string>, k: number): boolean => words.slice(0, k).some((_, j) => PLACES.has(words.slice(j, k + 1).join(' ')));

/** One capital and its full stop: the initial that may open a name before its first name ("M. Scott Carpenter"). */
const SINGLE_INITIAL = /^\p{Lu}\.$/u;

/** The index of the first "of", "for" or "at" after a word that is not a title, past the first title; the words' length when none. */
export function nameEnd(words: ReadonlyArray<string>, firstTitle: number): number {
  const at = words.findIndex((w, i) => i > firstTitle + 1 && (w === 'of' || w === 'for' || w === 'at') && !TITLE_WORDS.has(words[i - 1] ?? ''));
  return firstTitle < 0 || at < 0 ? words.length : at;
}

/** Where a person's name follows an organisation's in one capitalised run ("Refugee Council Enver Solomon"); 0 when it does not. */
export function afterOrganization(words: ReadonlyArray<string>): number {
  // "Amnesty International Man-kei Tam": a known organisation's name of two words or more ends where its last word does,
  // when a given name follows ("White House Education Game Jam" is an event, no one), or a given name the lists lack
  // and a double-barrelled surname (`According to Amnesty International Iason Athanasiadis-Fowden, reporter for The
  // Washington Times, was arrested`, wikinews-amnesty-international-iran-free-journalists-2009-06-28, a comma missing).
  const given = (w: string) => isFirstName(w) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w);
  const doubleBarrelled = (i: number) => words.length === i + 3 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(words[i + 2] ?? '');
  const known = words.findLastIndex((_, i) => i > 0 && KNOWN_ORGS.has(words.slice(0, i + 1).join(' ')) && (given(words[i + 1] ?? '') || doubleBarrelled(i)));
  const orgHead = words.findLastIndex((w) => ORG_HEADS.has(w));
  const head = Math.max(known, orgHead);
  const rest = words.slice(head + 1);
  // "the Combined Joint Task Force Operation Inherent Resolve released a statement" (wikinews-no-casualties-missile-
  // strike-iraqi-air-base-2019-11-10): an operation's name after a body's head is the body's own name run on, the
  // campaign it was formed for, never a person.
  if (opensEventName(rest.join(' '))) return 0;
  return head > 0 && rest.length >= 2 && rest.length <= 3 && personShaped(rest) ? head + 1 : 0;
}

/**
 * "Blogger Chilakil [es] from Hazme el chingado favor [es] explained it:": one name-shaped word after the role noun is a
 * pseudonym's where Global Voices' tag of a linked page's language or a speech verb follows it (`after`: the text right
 * after the run), or a one-word name's where an age follows between commas ("Survivor Baba, 37, a refugee, said",
 * wikinews-nigerian-refugee-camp-airstrike-death-toll-passes-100-2017-01-24): only people are given an age so. A word
 * alone is otherwise as often a body's or a thing's ("Student Union", "User Guide").
 */
const loneNameAfterRole = (rest: ReadonlyArray<string>, after: string): boolean =>
  rest.length === 1 &&
  /^\p{Lu}\p{Ll}+$/u.test(rest[0] ?? '') &&
  !NOT_NAMES.has(rest[0] ?? '') &&
  (/^\s\[[a-z]{2}\]/.test(after) || /^,\s\d{1,3},/.test(after) || isSpeechVerb(/^\s(\p{Ll}+)/u.exec(after)?.[1] ?? ''));

/**
 * "Broadcaster Piers Morgan", "Musician Sany Pitbull": where a person's name follows a role noun written capitalised
 * at a sentence's start, with two or three name-shaped words after it, or one a pseudonym's (`loneNameAfterRole`;
 * `after` is the text right after the run); 0 when it does not.
 */
export function afterRoleWord(words: ReadonlyArray<string>, after = ''): number {
  const rest = words.slice(1);
  // "Parent Teacher Organizations", "Veteran Owned Small Business", "Fan Expo Canada": no role, body or place follows.
  const plain = rest.every((w) => !ROLE_WORDS.has(w.toLowerCase()) && !ORG_HEADS.has(w) && !PLACES.has(w));
  // "Fellow Peacocks Dutton and Yamazaki": "fellow" before a name is an adjective, not a role.
  const role = (words[0] ?? '').toLowerCase();
  const named = (rest.length >= 2 && rest.length <= 3 && personShaped(rest)) || loneNameAfterRole(rest, after) || penNameAfterRole(words, after);
  return ROLE_WORDS.has(role) && role !== 'fellow' && plain && named ? 1 : 0;
}
