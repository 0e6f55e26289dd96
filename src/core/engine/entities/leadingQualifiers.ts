import { absorbEntity } from './absorbEntity';
import { isFirstName } from '../lexicon/firstNames';
import { NAME_QUALIFIERS } from '../lexicon/nameQualifiers';
import { TITLES } from '../lexicon/titles';
import { COUNTRY_BY_ADJECTIVE, ROLE_WORDS, TITLE_WORDS } from './lookups';
import { nameShapedWord } from './names';
import type { EntityRegistry } from './registry';
import type { FoundEntity } from './types';

/**
 * Whether a name's first word is none of it: a qualifier (`nameQualifiers.ts`), a role with "Co-" ("Co-developer Jing
 * Wang"), or, after one of these, a title ("Former Vice-President Biden").
 */
function qualifies(word: string, afterQualifier: boolean): boolean {
  if (NAME_QUALIFIERS.has(word) || (afterQualifier && (TITLE_WORDS.has(word) || TITLES.includes(word.replace(/-/g, ' '))))) return true;
  return /^Co-\p{Ll}+$/u.test(word) && ROLE_WORDS.has(word.slice(3));
}

/** Whether words open with a title or a role ("Prime Minister Smith", "President Morsi", "blogger Esra"). */
const titled = (words: ReadonlyArray<string>): boolean =>
  TITLE_WORDS.has(words[0] ?? '') || ROLE_WORDS.has((words[0] ?? '').toLowerCase()) || TITLES.some((t) => `${words.join(' ')} `.startsWith(`${t} `));

/** A regnal number closing a sovereign's or a pope's name: "II", "XVI". */
const REGNAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/;

/** The titles of one who reigns under a regnal number: "King", "Queen", "Pope", "Emperor", "Sultan". */
const SOVEREIGN = /^(?:King|Queen|Pope|Emperor|Empress|Sultan|Tsar|Czar)$/;

/**
 * A nationality adjective, or two joined by a hyphen ("Yemeni-American Summer Nasser tweeted:", Global Voices, Yemen,
 * May 2012).
 */
const nationality = (word: string): boolean =>
  COUNTRY_BY_ADJECTIVE.has(word) || (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(word) && word.split('-').every((part) => COUNTRY_BY_ADJECTIVE.has(part)));

/**
 * The name without the qualifiers a sentence set before it and the run kept ("Democrat Spearman" → "Spearman",
 * "Emeritus Dinualdo Gutierrez" → "Dinualdo Gutierrez"), or null when it opens with none. A nationality adjective
 * no one bears as a given name goes only before a given name and a surname ("Bahraini Mahmood Al Yousif"; "American
 * Samoa", "Indian Railways" are no one's), and a title only before a given name and a regnal number ("Queen Elizabeth
 * II"). What is left must be written like a name.
 */
export function nameAfterQualifiers(name: string): string | null {
  const words = name.split(' ');
  let at = 0;
  while (at < words.length - 1 && qualifies(words[at] ?? '', at > 0)) at++;
  const first = words[0] ?? '';
  // "Bahraini Mahmood Al Yousif" (Global Voices, 2009): the given name after it need not be one the lists know, so long
  // as no title follows the adjective ("British Prime Minister").
  if (at === 0 && nationality(first) && !isFirstName(first) && words.length >= 3 && !titled(words.slice(1))) at = 1;
  // "Queen Elizabeth II", "King Charles III": a sovereign's title before a given name and a regnal number. Only a
  // sovereign reigns under a number, so after theirs the name need not be one the lists know ("King Letsie III", Global
  // Voices 2012).
  const named = isFirstName(words[1] ?? '') || SOVEREIGN.test(first);
  if (at === 0 && TITLE_WORDS.has(first) && words.length === 3 && named && REGNAL.test(words[2] ?? '')) at = 1;
  const rest = words.slice(at);
  if (at === 0 || !rest.every((w) => (nameShapedWord(w) && /^\p{Lu}/u.test(w)) || REGNAL.test(w))) return null;
  return rest.join(' ');
}

/**
 * The other person a bare name is: the one of that full name, or for a lone surname the bearer named nearest before
 * its first mention ("Cde Mugabe" after "Robert Gabriel Mugabe" and "Grace Mugabe").
 */
function samePerson(registry: EntityRegistry, people: ReadonlyArray<FoundEntity>, self: FoundEntity, name: string): FoundEntity | undefined {
  const named = people.find((p) => p !== self && p.mentions.length > 0 && p.name === name);
  if (named || name.includes(' ')) return named;
  const first = self.mentions[0];
  const bearer = first ? registry.personBySurname(name, first.block, first.start) : undefined;
  return bearer !== self && bearer?.mentions.length ? bearer : undefined;
}

/**
 * Gives each person whose name opens with qualifiers the name after them, the qualifiers as their role where they had
 * none; where that name is another person's (the full name, or the one bearer of a lone surname: "Cde Mugabe" after
 * "Robert Mugabe"), the two are one.
 */
export function stripLeadingQualifiers(registry: EntityRegistry): void {
  const { entities, byMention } = registry;
  const people = [...entities.values()].filter((e) => e.type === 'person' && e.mentions.length > 0);
  for (const entity of people) {
    const name = nameAfterQualifiers(entity.name);
    if (!name) continue;
    const same = samePerson(registry, people, entity, name);
    if (same) {
      absorbEntity(byMention, same, entity);
      continue;
    }
    entity.role ??= entity.name.slice(0, entity.name.length - name.length).trim();
    entity.aliases.add(entity.name);
    entity.name = name;
  }
}
