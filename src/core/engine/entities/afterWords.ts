/**
 * Whether `target`, a sticky regular expression (flag `y`), matches in `text` at `at` (UTF-16 code units) or after up
 * to `most` words there, each a run of non-space characters that `qualifies` accepts followed by one space.
 *
 * This is `(?:word\s){0,most}?target` read in code: V8 unrolls a counted repeat before a long alternation (a list of
 * role nouns) into copies of it, and such an expression took it tens to hundreds of milliseconds to compile on each
 * worker's first analysis. `target.lastIndex` is left where the last try set it.
 */
export function matchesAfterWords(text: string, at: number, target: RegExp, most: number, qualifies: (word: string) => boolean): boolean {
  for (let words = 0; ; words++) {
    target.lastIndex = at;
    if (target.test(text)) return true;
    const word = /^\S+/u.exec(text.slice(at))?.[0] ?? '';
    if (words === most || !word || !/^\s/u.test(text.slice(at + word.length)) || !qualifies(word)) return false;
    at += word.length + 1;
  }
}
