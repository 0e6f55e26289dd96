import type { FoundEntity } from '../entities/types';
import type { MentionIndex } from './mentions';
import type { Subject } from './types';

/** "The fire service", "the rescue service": "the", then one to three lower-case words. */
const DEFINITE_WORDS = /^[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?![\p{L}\p{N}'’-])/u;

/** Each organisation's name and its words, kept with the entity (a later pass may rename it: the name is checked). */
const wordsOfName = new WeakMap<FoundEntity, { name: string; words: Array<string> }>();

/**
 * The words of an organisation's name, lower case: "North Wales Fire and Rescue Service" → north, wales, fire, …, service.
 * Kept per entity: every definite phrase asks again for each organisation mentioned before it, and splitting the names
 * afresh each time was most of this file's cost on a long article.
 */
function nameWords(entity: FoundEntity): Array<string> {
  const known = wordsOfName.get(entity);
  if (known?.name === entity.name) return known.words;
  const words = entity.name.toLowerCase().split(/[\s-]+/);
  wordsOfName.set(entity, { name: entity.name, words });
  return words;
}

/**
 * Whether the lower-case `words` shorten the organisation's name: the last of them is the name's last word, its head,
 * and every other is one of the name's words ("the fire service" for "North Wales Fire and Rescue Service").
 */
function shortens(words: ReadonlyArray<string>, entity: FoundEntity): boolean {
  if (entity.type !== 'organization') return false;
  const name = nameWords(entity);
  return name.length > words.length && name.at(-1) === words.at(-1) && words.every((w) => name.includes(w));
}

/**
 * The organisation a definite phrase at `at` of block `block` shortens the name of: "The fire service indicated an
 * investigation working alongside North Wales Police was underway" after "North Wales Fire and Rescue Service were called
 * to the building" (wikinews-fire-bontddu-hall-kills-one-2020-06-06). News style names a body in full once, then by
 * its head noun and the words of its name that tell it apart (AP Stylebook, "second reference"); `rest` is the block
 * from `at` on. The phrase's last word must be the name's last, its other words the name's own, and the organisation
 * named before; null when none is, or when two such organisations were (then the phrase picks neither). The role nouns
 * ("the ministry", "the court") are `roles.ts`'s; this reads the heads they leave out.
 */
export function shortenedOrganization(rest: string, block: number, at: number, mentions: MentionIndex): Subject | null {
  const phrase = DEFINITE_WORDS.exec(rest);
  const words = phrase?.[1]?.split(/\s+/) ?? [];
  // "The fire service indicated …": the longest run of words that shortens a name, not the verb after it.
  for (let n = words.length; n > 0; n--) {
    const shorter = words.slice(0, n);
    const fits = (e: FoundEntity) => shortens(shorter, e);
    const found = mentions.latest(fits, block, at);
    if (!found) continue;
    if (mentions.latest((e) => fits(e) && e !== found.entity, block, at)) return null;
    const written = new RegExp(`^[Tt]he\\s+${shorter.join('\\s+')}`, 'u').exec(rest)?.[0] ?? '';
    return { ref: { block, start: at, end: at + written.length }, entity: found.entity, resolution: 'role', antecedent: found.at };
  }
  return null;
}
