/**
 * Nouns for a word as a word, a name or a label: "the word was “tuned”", "the theme is “resilience”", "the verdict was
 * “guilty”". A quoted word after one of these and "is" or "was" is the word named, not the speaker's judgement
 * (`attribution/predicateWord.ts`; `docs/annotation-guide.md`: terms and words used as words are no quotes). Answers,
 * signs and mottos are `shownWords.ts`, `sayingNouns.ts` and `chantWords.ts`. Lower case, singular and plural.
 */
export const WORD_NOUNS: ReadonlySet<string> = new Set([
  'word',
  'words',
  'term',
  'terms',
  'name',
  'names',
  'nickname',
  'title',
  'titles',
  'theme',
  'themes',
  'label',
  'labels',
  'password',
  'code',
  'codeword',
  'verdict',
  'tag',
  'hashtag',
  'caption',
  'category',
  'rating',
  'status',
  'grade',
]);
