import { COUNTRIES } from '../lexicon/countries';
import { SIDE_LEADER_ROLES } from '../lexicon/sideLeaderRoles';

/** Country names as written ("Costa Rica"), not their adjectives: "Colombian captain" may command a ship or soldiers. */
const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.map(([name]) => name));

/**
 * Whether the role at words `from`–`to` of a phrase is a national side's captain or manager: the role
 * (`lexicon/sideLeaderRoles.ts`) ends the phrase and only a country's name, bare or possessive, stands before it
 * ("Serbia's captain", "Iran's manager", "Colombia captain"; wikinews-fifa-world-cup-2018-day-four-mexico-germany-
 * serbia-brazil-2018-06-17, wikinews-fifa-world-cup-2018-day-seven-portugal-uruguay-spain-2018-06-20,
 * wikinews-germany-colombia-draw-u17-world-cup-2007-08-20). Such a one speaks on their own game, a citizen as the
 * corpus types players and coaches (docs/annotation-guide.md).
 */
export function leadsNationalSide(words: ReadonlyArray<string>, from: number, to: number): boolean {
  const role = words
    .slice(from, to)
    .map((w) => w.toLowerCase().replace(/[,;:]$/, ''))
    .join(' ');
  if (to !== words.length || !SIDE_LEADER_ROLES.has(role)) return false;
  const owner = words
    .slice(/^the$/i.test(words[0] ?? '') ? 1 : 0, from)
    .join(' ')
    .replace(/['’]s$/, '');
  return COUNTRY_NAMES.has(owner);
}
