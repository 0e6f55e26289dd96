import { isFirstName } from '../lexicon/firstNames';
import { speaks } from './commonWordNames';
import type { EntityRegistry } from './registry';

/** The Spanish, French and Italian definite articles a capitalised name may open with; "Les" is a given name too ("Les Brown"). */
const ARTICLES = new Set(['El', 'La', 'Las', 'Los', 'Il']);

/**
 * Whether a "person" may be named by a Spanish, French or Italian article and a noun: "El Niño", "La Niña", "El
 * Comercio", "La République", "La Silla". A person's name holds such a particle inside, after a given name ("Gloria La
 * Riva", "Rocky De La Fuente"), not at its head, unless a known given name follows. A noun after the article may be
 * spelt like a given name ("Niña"). Observed on fresh NASA, Global Voices and Wikinews pages.
 */
export function opensWithArticle(words: ReadonlyArray<string>): boolean {
  return ARTICLES.has(words[0] ?? '') && (words.length === 2 || (words.length === 3 && !isFirstName(words[1] ?? '')));
}

/**
 * Clears the mentions of every untitled person whose name opens with a Romance article (`opensWithArticle`), unless
 * the article makes it the subject of a speech verb: a surname with its article ("La Riva agreed", when "Gloria La Riva"
 * is not written out) or a paper ("El Comercio reported") is a voice the quotes need. `texts` are every block's text.
 */
export function dropArticleLedNames({ entities }: EntityRegistry, texts: ReadonlyArray<string>): void {
  for (const entity of entities.values())
    if (entity.type === 'person' && entity.roleWords.size === 0 && opensWithArticle(entity.name.split(' ')) && !speaks(entity.name, texts))
      entity.mentions = [];
}
