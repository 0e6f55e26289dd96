// A post written partly in another language and partly in English, printed again wholly in English: the second
// paragraph is the post's translation, though the first is too English for `translation.ts` to read it as foreign.

/** The words of a paragraph, lower case, without punctuation. */
const wordsOf = (text: string): Array<string> =>
  text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);

/**
 * Whether `text` translates `previous`, a post that switches language mid-way: both end on the same words (four or
 * more, the English half printed again as it was) while their openings differ (`manto sahab amar rahenge hamesha ke liye
 * , he is alive in his stories.` then `Manto will live forever, he is alive in his stories.`, Vivek Martolia's comment,
 * gv-pakistan-saadat-hasan-manto-lives-on-2012-05-14). The shared half must leave another half before it in each.
 */
export function translatesHalf(text: string, previous: string | undefined): boolean {
  if (previous === undefined) return false;
  const mine = wordsOf(text);
  const theirs = wordsOf(previous);
  let shared = 0;
  while (shared < mine.length && shared < theirs.length && mine[mine.length - 1 - shared] === theirs[theirs.length - 1 - shared]) shared++;
  const opening = (words: Array<string>) => words.slice(0, words.length - shared).join(' ');
  return shared >= 4 && mine.length - shared >= 2 && theirs.length - shared >= 2 && opening(mine) !== opening(theirs);
}
