import { CITIZEN_ROLES } from '../lexicon/citizenRoles';
import { COMPANION_NOUNS } from '../lexicon/companionNouns';
import { KIN_NOUNS } from '../lexicon/kinNouns';
import { PLURAL_TITLES } from '../lexicon/pluralTitles';
import { LOWER_ROLES, ROLE_WORDS } from './lookups';
import { isPeoplesWord } from './peoplesBefore';

/** "a Polish chef named Łukasz", "a man called Tarek": a person's noun, then a verb of naming, right before the name. */
const NOUN_NAMED = /(?<![\p{L}-])(\p{Ll}+)\s+(?:named|called)\s+$/u;

/**
 * "a Gabonese reader named Ogwera left a comment" (gv-gabon-bloggers-omar-bongo-death-2009-06-08), "A university
 * student named Wong said": a citizen's role word (`citizenRoles.ts`) before "named" or "called" is as much a person's
 * as the role nouns are.
 */
const NAMED_CITIZENS: ReadonlySet<string> = new Set(CITIZEN_ROLES);

/** "visual artists Moth Monarch": a lower-case plural right before the name. */
const PLURAL_BEFORE = /(?<![\p{L}-])(\p{Ll}+)s\s+$/u;

/**
 * "two prisoners, Bilal Dhiab and Thaer Halahleh, are", "Addis Neger journalists, Dawit Kebede, Wubeshet Taye and of
 * course Reyot Alemu", "five journalists—Woubshet Taye, Elias Kifle, Re’eyot Alemu": a lower-case plural set off by a
 * comma, a colon or a dash, then the names before this one in the list, each closed by a comma or "and".
 */
const PLURAL_SET_OFF = /(?<![\p{L}-])(\p{Ll}+)s(?:,|:|\s?[—–])\s*(?:\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3}(?:,\s+|,?\s+and\s+(?:of\s+course\s+)?))*$/u;

/** "visual artists Moth Monarch and Cat-Monk Shiro": a lower-case plural, a name, then "and" before the name. */
const PLURAL_THEN_AND = /(?<![\p{L}-])(\p{Ll}+)s\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}\s+and\s+$/u;

/**
 * "designers including Coco Chanel", "other bloggers such as Alexx [mk] or Django": a lower-case plural, then "such as",
 * "including" or "like" right before the name, or before a first example and "and" or "or" (a Global Voices language tag
 * may follow the example).
 */
const PLURAL_SUCH_AS =
  /(?<![\p{L}-])(\p{Ll}+)s,?\s+(?:such\s+as|including|like)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}(?:\s\[[a-z]{2}\])?(?:,\s+|\s+(?:and|or)\s+))?$/u;

/**
 * "the government of Abdrabbuh Mansur Hadi", "the presidency of Donald Trump": a reign "of" a name (a country's
 * government is a place's, settled before); "Sybrina Fulton, mother of Trayvon Martin": a relative "of" a name.
 */
const REIGN_OF = new RegExp(
  `(?<![\\p{L}-])(?:government|administration|regime|rule|reign|presidency|premiership|${[...KIN_NOUNS].filter((n) => !n.endsWith('s')).join('|')})\\s+of\\s+$`,
  'u',
);

/** "Ethiopians Dejene Debela", "Republicans John McCain": a people in the plural, capitalised, right before the name. */
const PEOPLES_BEFORE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+s)\s+$/u;

/** "Kosgei's countryman Eliud Kipchoge", "teammate Lewis Hamilton": a companion's noun in lower case right before the name. */
const COMPANION_BEFORE = /(?<![\p{L}-])(\p{Ll}+)\s+$/u;

/** "the affidavits of Judges Mutuna and Kajimanga": a title in the plural, a name, then "and" before the name. */
const TITLES_THEN_AND = new RegExp(`(?<![\\p{L}-])(?:${PLURAL_TITLES.join('|')})\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,3}\\s+and\\s+$`, 'u');

/**
 * Whether the text `before` a name of `words` ends with a noun only a person is: a person's noun and "named" or
 * "called" ("a Polish chef named Łukasz", Wikinews 2019; a "site called Bacho Kiro" names a thing), or a role noun in the
 * plural before a name of two words or more, or before a name and "and" ("visual artists Moth Monarch and Cat-Monk
 * Shiro", Wikinews 2019; a lone word after a plural is as often a verb's object: "protesters Wikinews spoke to"), or
 * set off after it as a list of names ("two prisoners, Bilal Dhiab and Thaer Halahleh, are", Global Voices 2012), or
 * the second name after a title in the plural ("Judges Mutuna and Kajimanga", Global Voices 2012), or a name a role noun in
 * the plural gives as an example ("designers including Coco Chanel", Wikinews 2019; a lone word too: "bloggers such as
 * Alexx", Global Voices 2012), or a name of two words or more that a reign or a relative is of ("the government of
 * Abdrabbuh Mansur Hadi", Wikinews 2019; "mother of Trayvon Matin", Global Voices 2012), no possessive `after` it, or a
 * name of two words or more after a people in the plural ("Ethiopians Dejene Debela") or a companion's noun ("Kosgei's
 * countryman Eliud Kipchoge", `lexicon/companionNouns.ts`).
 */
export function personNounBefore(before: string, words: ReadonlyArray<string>, after = ''): boolean {
  // Each pattern is end-anchored and tried at every offset of `before`: one is run only when its fixed words are there.
  const and = before.includes('and');
  const named = before.includes('named') || before.includes('called') ? (NOUN_NAMED.exec(before)?.[1] ?? '') : '';
  const example = before.includes('such') || before.includes('including') || before.includes('like');
  if (
    LOWER_ROLES.has(named) ||
    NAMED_CITIZENS.has(named) ||
    (and && TITLES_THEN_AND.test(before)) ||
    (example && ROLE_WORDS.has(PLURAL_SUCH_AS.exec(before)?.[1] ?? ''))
  )
    return true;
  // The rest holds only for a name of two words or more.
  if (words.length < 2) return false;
  const plural = PLURAL_BEFORE.exec(before)?.[1] ?? (and ? PLURAL_THEN_AND.exec(before)?.[1] : undefined) ?? PLURAL_SET_OFF.exec(before)?.[1] ?? '';
  // "husband of Pussy Riot's imprisoned Nadezhda Tolokonnikova": a possessive after the name owns the relative named next.
  // "Ethiopians Dejene Debela, 2:05:46, and Asefa Mengstu" (wikinews-kosgei-world-record-chicago-marathon-2019-10-14): a
  // people in the plural the run was cut after (`peoplesBefore.ts`) says who the named are.
  const peoples = isPeoplesWord(PEOPLES_BEFORE.exec(before)?.[1] ?? '') || COMPANION_NOUNS.has(COMPANION_BEFORE.exec(before)?.[1] ?? '');
  return ROLE_WORDS.has(plural) || peoples || (before.includes('of') && REIGN_OF.test(before) && !/^['’]s\b/u.test(after));
}
