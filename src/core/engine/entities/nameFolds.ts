import { TRANSLITERATED_NAME_WORDS } from '../lexicon/transliteratedNames';
import { foldAccents } from './nameSpellings';

/**
 * The folded spellings of an article's names and words, as the entity registry (`registry.ts`) compares them: a name
 * lower-cased, its hyphens read as spaces and its words read in one romanisation, then without accents; a lone word
 * only without accents. One per article, as its registry is.
 */
export class NameFolds {
  /**
   * Each name (lower-cased, hyphens read as spaces) and each word folded once an article, by whether it was spaced so:
   * the lookups compare every known name or surname with each new one, and folding each again grew with the square.
   */
  private readonly folds = [new Map<string, string>(), new Map<string, string>()] as const;

  /**
   * `foldAccents` of `name`, first lower-cased with its hyphens read as spaces and its words read in one romanisation
   * (`transliteratedNames.ts`) when `spaced`.
   */
  folded(name: string, spaced: boolean): string {
    const folds = this.folds[spaced ? 1 : 0];
    let folded = folds.get(name);
    // "Usama bin Ladin" in a quoted statement is "Osama bin Laden" (wikinews-trump-says-hamza-bin-laden-killed-2019-09-17);
    // a lone word, folded unspaced for the surname lookups, is never read so.
    if (folded === undefined)
      folds.set(
        name,
        (folded = spaced
          ? foldAccents(name.replace(/-/g, ' ').toLowerCase())
              .split(' ')
              .map((w) => TRANSLITERATED_NAME_WORDS.get(w) ?? w)
              .join(' ')
          : foldAccents(name)),
      );
    return folded;
  }
}
