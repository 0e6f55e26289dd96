import { onceFor } from '../onceFor';
import { foreignProse } from './sieves/translation';

/** What `foreignBlock` has read of each article's blocks, by block (see `onceFor.ts`). */
const readOf = onceFor<ReadonlyArray<string>, Array<boolean | undefined>>(() => []);

/**
 * Whether block `block` (an index into an article's `texts`) is prose in another language (`foreignProse`), read once
 * for each block of an article: the walk's excerpt cues and the translated quotes ask it of the same paragraphs.
 */
export function foreignBlock(texts: ReadonlyArray<string>, block: number): boolean {
  const read = readOf(texts);
  return (read[block] ??= foreignProse(texts[block] ?? ''));
}
