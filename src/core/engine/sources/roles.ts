import type { SourceType } from '../../schema';
import { COUNTRY_BY_ADJECTIVE } from '../entities/lookups';
import { SOURCE_ROLES } from '../lexicon/sourceRoles';
import { isScienceWord } from './scienceWord';

/** The role words of `lexicon/sourceRoles.ts` and how `sourceTypes.ts` reads them in a phrase's words. */
export const ROLES = new Map(SOURCE_ROLES);
const LONGEST_ROLE = Math.max(...SOURCE_ROLES.map(([role]) => role.split(' ').length));
/** The first words of the roles of more than one word: no longer role can start at any other word. */
const FIRST_WORDS: ReadonlySet<string> = new Set(SOURCE_ROLES.map(([role]) => role.split(' ')).flatMap((words) => (words.length > 1 ? [words[0] ?? ''] : [])));

/** A role's ending that says it is to be held soon: "Prime Minister-designate", "President-elect". */
const TO_BE_HELD = /-(?:designate|elect)$/;

/** A word in lower case, without the comma, semicolon or colon that follows it. */
export const bareWord = (word: string) => word.toLowerCase().replace(/[,;:]$/, '');
/** A phrase's words: two roles joined by a slash are two words ("activist/blogger"). */
export const wordsOf = (phrase: string) => phrase.split(/[\s/]+/).filter(Boolean);

export type RoleKind = (typeof SOURCE_ROLES)[number][1];
/** The kinds of role whose type depends on the words around them (`lexicon/sourceRoles.ts`). */
export type HeldKind = Exclude<RoleKind, SourceType>;
export const held = (kind: RoleKind): kind is HeldKind => kind === 'title' || kind === 'office' || kind === 'head' || kind === 'member';

/** Whether a lower-case word is a nationality, or its plural: "bahraini", "egyptians". */
const nationality = (word: string): boolean => {
  const capital = word.charAt(0).toUpperCase() + word.slice(1);
  return COUNTRY_BY_ADJECTIVE.has(capital) || (capital.endsWith('s') && COUNTRY_BY_ADJECTIVE.has(capital.slice(0, -1)));
};

/** Prefixes a hyphen joins to a role without changing what it is: "Vice-Mayor", "step-mother", "co-ordinator". */
const HYPHENED_PREFIX = /^(?:vice|deputy|acting|step|co)-/;

/**
 * The role a hyphened word spells, where the lexicon lists it apart or closed up: "Major-General" is "major general",
 * "co-ordinator" "coordinator", "Vice-Mayor of Chonqing" a mayor's deputy and "step-mother of Liam Aitchison" a mother
 * (wikinews-shorts-alcohol-thai-floods-iran-baghdad, wikinews-judge-jails-two-men-life-liam-aitchison). A hyphen may join
 * any two words ("ex-goal", "self-employed"), so only these three readings are tried.
 */
function hyphenedRole(word: string): RoleKind | undefined {
  if (!word.includes('-')) return undefined;
  return (
    ROLES.get(word.replace(/-/g, ' ')) ??
    ROLES.get(word.replace(/-/g, '')) ??
    (HYPHENED_PREFIX.test(word) ? ROLES.get(word.replace(HYPHENED_PREFIX, '')) : undefined)
  );
}

/** The longest role written at word `i`, as [its kind, the number of words it takes], or null. */
export function roleAt(lower: ReadonlyArray<string>, i: number): readonly [RoleKind, number] | null {
  for (let n = FIRST_WORDS.has(lower[i] ?? '') ? Math.min(LONGEST_ROLE, lower.length - i) : Math.min(1, lower.length - i); n >= 1; n--) {
    // "Iraqi Prime Minister-designate Haider al-Abadi": a role to be held soon reads as the role, where no entry says more.
    const joined = n === 1 ? (lower[i] ?? '') : lower.slice(i, i + n).join(' ');
    const kind =
      ROLES.get(joined) ?? (TO_BE_HELD.test(joined) ? ROLES.get(joined.replace(TO_BE_HELD, '')) : undefined) ?? (n === 1 ? hyphenedRole(joined) : undefined);
    // "fellow drummer Charlie Watts", "fellow Bahraini Esra'a": before another role or a nationality, "fellow" is a
    // companion's, not a think-tank's.
    if (kind && !(lower[i] === 'fellow' && n === 1 && (roleAt(lower, i + 1) || nationality(lower[i + 1] ?? '')))) return [kind, n];
  }
  return isScienceWord(lower[i] ?? '') ? ['expert', 1] : null;
}

/** Whether a phrase holds a role word anywhere ("Director" in "Director Anthony Fauci"; "Dr." holds none). */
export function holdsRoleWord(phrase: string): boolean {
  const lower = wordsOf(phrase).map(bareWord);
  return lower.some((_, i) => roleAt(lower, i) !== null);
}
