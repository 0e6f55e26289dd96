import { namesFaithOrCreed } from '../lexicon/faithsAndCreeds';
import { isFirstName } from '../lexicon/firstNames';
import { SURNAME_ROLES } from '../lexicon/surnameRoles';
import { namesDemonym } from './demonymNames';
import { LOWER_ROLES } from './lookups';
import type { EntityRegistry } from './registry';
import { escapeRegExp } from '../escapeRegExp';

/** The singular forms a capitalised plural may have: "Hatters" → "Hatter", "Committees" → "Committee", "Tribes" → "Tribe". */
function singulars(word: string): Array<string> {
  if (!/^\p{Lu}\p{Ll}+[^su]s$/u.test(word)) return [];
  const forms = [word.slice(0, -1)];
  if (/ies$/.test(word)) forms.push(`${word.slice(0, -3)}y`);
  if (/(?:ch|sh|x|z)es$/.test(word)) forms.push(word.slice(0, -2));
  return forms.filter((f) => f.length >= 3 && !isFirstName(f));
}

/**
 * Whether a "person" of two words or more is a group named in the plural ("Red Hatters", "Sioux Tribes", "Grand
 * Masters", "North Koreans", "Steering Committees"): no word a given name, and the last word a plural whose singular
 * the article also writes ("a Red Hatter", "the tribe", "North Korean leader"); or, given name or not, the last word a
 * person's role noun in the plural ("Royal Commissioners", Wikinews 2019). A surname spelt like a plural
 * ("Roberts", "Adams") has a given name for its singular, or none the article writes; a titled name is someone's.
 * Observed on fresh Wikinews, Global Voices and Army pages. `texts` are every block's text.
 */
export function namesGroup(words: ReadonlyArray<string>, texts: ReadonlyArray<string>): boolean {
  const forms = singulars(words.at(-1) ?? '');
  if (words.length < 2 || forms.length === 0) return false;
  // "when the Royal Commissioners walked into the House of Lords": a role noun in the plural closes no one's name, though
  // a given name ("Royal") opens it; one that is also a surname may ("Chris Bakers").
  if (forms.some((f) => LOWER_ROLES.has(f.toLowerCase()) && !SURNAME_ROLES.has(f.toLowerCase()))) return true;
  if (words.some((w) => isFirstName(w))) return false;
  const singular = new RegExp(`(?<![\\p{L}\\p{M}'’-])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}'’-])`, 'iu');
  return texts.some((text) => singular.test(text));
}

/**
 * Clears the mentions of every untitled person whose name is a group's in the plural (`namesGroup`) or a demonym
 * (`namesDemonym`), and of every person whose name holds a creed's word (`faithsAndCreeds.ts`: "Roman Catholic",
 * "In Global Islamic Politics"): the first pass takes a run opening with a given name ("Roman") or after a title
 * ("Chair") for a name without asking what it holds.
 */
export function dropPluralNames({ entities }: EntityRegistry, texts: ReadonlyArray<string>): void {
  for (const entity of entities.values()) {
    const words = entity.name.split(' ');
    if (entity.type !== 'person') continue;
    // A title before a creed's words makes them no one's name: "Chair In Global Islamic Politics".
    if (words.some(namesFaithOrCreed) || (entity.roleWords.size === 0 && (namesGroup(words, texts) || namesDemonym(words)))) entity.mentions = [];
  }
}
