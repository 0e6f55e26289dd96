/**
 * Whether `a` is `b` with two letters side by side swapped and nothing else changed ("Rumsfled", "Rumsfeld"): the two
 * words are as long, differ at exactly two neighbouring places, and each holds there the letter the other holds at the
 * other place. Letters are compared place by place as the words are read; the callers say which words may be a slip.
 */
export function adjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  const [i, j] = differ;
  return differ.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}
