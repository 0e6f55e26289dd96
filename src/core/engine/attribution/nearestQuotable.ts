/**
 * The nearest paragraph before or after `block` (an index into `texts`) that `quotable` marks as one that may hold a
 * quote; undefined when there is none. Read outward from `block`, so that asking for each paragraph of a long article
 * costs the distance to the next quotable one, not the whole article's length (`Array.find` from the start did).
 */
export function quotableBefore(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, block: number): string | undefined {
  return texts[quotableIndexBefore(quotable, Math.min(block, texts.length))];
}

/** The index of the nearest quotable paragraph before `block`, or -1 when there is none. */
export function quotableIndexBefore(quotable: ReadonlyArray<boolean>, block: number): number {
  for (let i = block - 1; i >= 0; i--) if (quotable[i]) return i;
  return -1;
}

/** See `quotableBefore`: the nearest quotable paragraph after `block`. */
export function quotableAfter(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, block: number): string | undefined {
  const after = quotableIndexAfter(texts, quotable, block);
  return after < 0 ? undefined : texts[after];
}

/** The index of the nearest quotable paragraph of `texts` after `block`, or -1 when there is none. */
export function quotableIndexAfter(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, block: number): number {
  for (let i = Math.max(block + 1, 0); i < texts.length; i++) if (quotable[i]) return i;
  return -1;
}

/** The quotable paragraphs of `texts` after `block`, in order, at most `count` of them. */
export function quotablesAfter(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, block: number, count = 3): Array<string> {
  const found: Array<string> = [];
  for (let i = quotableIndexAfter(texts, quotable, block); i >= 0 && found.length < count; i = quotableIndexAfter(texts, quotable, i))
    found.push(texts[i] ?? '');
  return found;
}
