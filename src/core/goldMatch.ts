// How the scoring against a gold matches texts and names: what it folds away, and how much of a quote must agree.

/** Folds what the matching ignores: quote marks, case, spacing and final punctuation. */
export const foldQuoteText = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/["“”„«»‘’'`]/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim()
    .replace(/^[\s,.;:!?—–-]+|[\s,.;:!?—–-]+$/g, '');

/** Folds a name for comparison: accents, case, a leading "the", titles' full stops. */
export const foldName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * How well two quote texts match, 0..1: 1 when equal once folded; the shorter one's share of the longer
 * when one contains the other and covers at least half of it; else 0.
 */
export function textMatch(a: string, b: string): number {
  const x = foldQuoteText(a);
  const y = foldQuoteText(b);
  if (x.length === 0 || y.length === 0) return 0;
  if (x === y) return 1;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (!long.includes(short)) return 0;
  const share = short.length / long.length;
  return share >= 0.5 ? share : 0;
}

/** Whether two quote texts overlap: one holds the other, or they share a run of five words. */
export const overlaps = (a: string, b: string) => {
  const x = foldQuoteText(a);
  const y = foldQuoteText(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x) || sharesRun(x, y));
};

/** Whether two texts share a run of at least five words: quotes that overlap without containing each other. */
function sharesRun(x: string, y: string): boolean {
  const words = x.split(' ');
  for (let i = 0; i + 5 <= words.length; i++) if (y.includes(words.slice(i, i + 5).join(' '))) return true;
  return false;
}
