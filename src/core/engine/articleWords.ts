import { onceFor } from './onceFor';

/**
 * The words an article writes, read once an article (see `onceFor.ts`): the passes that ask whether a word is written
 * somewhere, or how, look it up here instead of reading the text again.
 */
export interface ArticleWords {
  /** Every longest run of letters, marks, digits and the joiners a handle or a name holds (`_ @ ' ’ -`), as written. */
  tokens: ReadonlySet<string>;
  /** The blocks each token (as in `tokens`) is written in, in order: a pattern that can only match a token runs over these alone. */
  blocksOf: ReadonlyMap<string, ReadonlyArray<number>>;
  /** Every longest run of letters, apostrophes and hyphens, as written. */
  words: ReadonlySet<string>;
  /** The blocks each word (as in `words`) is written in, in order: a pattern that can only match a word runs over these alone. */
  blocksOfWord: ReadonlyMap<string, ReadonlyArray<number>>;
  /** The words (as in `words`) written after a lower-case letter or a comma and white space: inside a sentence. */
  inside: ReadonlySet<string>;
}

const TOKEN = /[\p{L}\p{M}\p{N}_@'’-]+/gu;
const WORD = /[\p{L}'’-]+/gu;
const PLAIN_WORD = /^[\p{L}'’-]+$/u;
/**
 * A word after a lower-case letter or a comma and white space. What comes before is looked at, never taken, so the
 * word that closes one match may still open the next one's look-behind: a plain scan finds them all, in about half the
 * time a search resumed at each word took on real text.
 */
const INSIDE = /(?<=[\p{Ll},]\s+)[\p{L}'’-]+/gu;

/**
 * The word sets of an article's texts (one string a block). Each letter run lies inside one token, so the words are read
 * from the distinct tokens rather than from the whole text again; the inside words are found by the letter or comma
 * before them (`INSIDE`).
 */
export const articleWords = onceFor((texts: ReadonlyArray<string>): ArticleWords => {
  const blocksOf = new Map<string, Array<number>>();
  texts.forEach((text, block) => {
    for (const token of text.match(TOKEN) ?? []) {
      const blocks = blocksOf.get(token);
      if (!blocks) blocksOf.set(token, [block]);
      else if (blocks.at(-1) !== block) blocks.push(block);
    }
  });
  const tokens = new Set(blocksOf.keys());
  const blocksOfWord = new Map<string, Array<number>>();
  for (const [token, blocks] of blocksOf) {
    for (const word of PLAIN_WORD.test(token) ? [token] : (token.match(WORD) ?? [])) {
      const known = blocksOfWord.get(word);
      // A word written in tokens of its own and inside others ("pilar", "@pilar_marroyo") is in the blocks of each.
      blocksOfWord.set(word, known ? [...new Set([...known, ...blocks])].sort((a, b) => a - b) : blocks);
    }
  }
  const words = new Set(blocksOfWord.keys());
  const inside = new Set<string>();
  for (const text of texts) for (const word of text.match(INSIDE) ?? []) inside.add(word);
  return { tokens, blocksOf, words, blocksOfWord, inside };
});
