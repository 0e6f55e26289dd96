import { isFirstName } from '../lexicon/firstNames';
import type { EntityRegistry } from './registry';

/** The Spanish, French and Italian definite articles a capitalised name may open with; "Les" is a given name too ("Les Brown"). */
const ARTICLES = new Set(['El', 'La', 'Las', 'Los', 'Il']);

/**
 * Whether a "person" is named by a Spanish, French or Italian article and a noun: "El Niño", "La Niña", "El Comercio",
 * "La République", "La Silla". A person's name holds such a particle inside, after a given name ("Gloria La Riva",
 * "Rocky De La Fuente"), not at its head, unless a known given name follows; a surname opening with one
 * alone is found under the full name first. A noun after the article may be spelt like a given name ("Niña"). Observed on
 * fresh NASA, Global Voices and Wikinews pages, where no such name was anyone's.
 */
export function opensWithArticle(words: ReadonlyArray<string>): boolean {
  return ARTICLES.has(words[0] ?? '') && (words.length === 2 || (words.length === 3 && !isFirstName(words[1] ?? '')));
}

/** Clears the mentions of every untitled person whose name opens with a Romance article (`opensWithArticle`). */
export function dropArticleLedNames({ entities }: EntityRegistry): void {
  for (const entity of entities.values())
    if (entity.type === 'person' && entity.roleWords.size === 0 && opensWithArticle(entity.name.split(' '))) entity.mentions = [];
}
