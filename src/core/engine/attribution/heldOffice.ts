import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';

/** "prime minister's office", "mayor's press office": a holder's role noun in the possessive, then the office. */
const ROLE_OWNED_OFFICE = /^((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)['’]s\s+(?:press\s+)?office$/u;

/** "office of the Maldives President": the office, then its holder's title in capitalised words. */
const OFFICE_OF_TITLE = /^office\s+of\s+the\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u;

/**
 * The name an office held by a role goes by, as the words describing it write it without their article: `"…," said the
 * prime minister's office in a statement` (wikinews-magnitude-6-earthquake-rocks-eastern-turkey-2010-03-08), `"…," said the
 * office of the Maldives President in a statement` (wikinews-malaysia-says-debris-maldives-could-be-mh370-2015-08-12).
 * Such an office speaks as itself, as "Erdogan's office" does (docs/annotation-guide.md), never as its holder. The holder must
 * be named by a person's role noun (`PERSON_ROLE_NOUNS`: "prime minister", "President"), so "the world's office" or "the
 * office of the Inspector General Act" name no office. Null for any other words.
 */
export function heldOfficeName(words: string): string | null {
  const name = words.replace(/^the\s+/i, '');
  const owned = ROLE_OWNED_OFFICE.exec(name);
  if (owned?.[1]) return PERSON_ROLE_NOUNS.includes(owned[1]) ? name : null;
  const holder = OFFICE_OF_TITLE.exec(name)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  return [holder.slice(-2).join(' '), holder.at(-1) ?? ''].some((role) => PERSON_ROLE_NOUNS.includes(role)) ? name : null;
}
