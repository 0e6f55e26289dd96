import { isFirstName } from '../lexicon/firstNames';
import { withoutNameSuffix } from './names';
import type { EntityRegistry } from './registry';
import { mentionKey } from './types';

/**
 * A lone first name, then "and", right before a person's first name: "John and " of "by John and James Johnson". What
 * stands before it must not be a capitalised word, which would make the first name some other person's surname
 * ("Starry Lee and Holden Chow", "Marianne Heida and Dietrich Baade").
 */
const FIRST_NAME_AND = /(?:^|[^\p{L}\p{M}'’.\s-]\s*|(?<![\p{L}\p{M}'’-])\p{Ll}+\s+)(\p{Lu}\p{Ll}+)\s+and\s+$/du;

/**
 * `sentenced David and Louise Turpin`, `a documentary by Tomasz and Marek Sekielski`, `“Lift Every Voice and Sing” by
 * John and James Johnson`, `Guests of Honour Cherie and Sean O'Donnell`, `…, and Joanne and Edward Corr`: two given
 * names joined by "and" before one surname name two people of that surname (English writes a couple, brothers or
 * siblings so). The first name alone becomes a mention of the person with that surname, found or made. Only when both
 * words are common first names (`firstNames.ts`) and the second pair is a person's two-word name the name pass found,
 * so that "Bill and Melinda Gates Foundation" and "Carroll and La Riva" are left alone; a first word that is already a
 * mention, or the surname of someone found, is that one's.
 */
export function addCoupledFirstNames(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  const people = [...registry.entities.values()].filter((e) => e.type === 'person');
  const surnames = new Set(people.map((e) => withoutNameSuffix(e.name).split(' ').at(-1)));
  for (const person of people)
    for (const mention of [...person.mentions]) {
      const text = texts[mention.block] ?? '';
      const words = text.slice(mention.start, mention.end).split(' ');
      if (words.length !== 2 || !isFirstName(words[0] ?? '')) continue;
      const from = Math.max(0, mention.start - 60);
      const joined = FIRST_NAME_AND.exec(text.slice(from, mention.start));
      const first = joined?.[1];
      const at = joined?.indices?.[1]?.[0];
      if (!first || at === undefined || !isFirstName(first) || surnames.has(first)) continue;
      const start = from + at;
      if (registry.byMention.has(mentionKey(mention.block, start))) continue;
      registry.add('person', `${first} ${words[1] ?? ''}`, mention.block, start, start + first.length);
    }
}
