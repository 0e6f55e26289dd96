import type { CleanedArticle } from '../clean';
import { onceFor } from '../onceFor';

/** What a block of the article is: where it shows and whether quotes are looked for in it. */
export type SlotRole = 'headline' | 'byline' | 'paragraph' | 'caption' | 'credit' | 'source';

/** One block of the cleaned article, with the id the reader's article gives it. */
export interface Slot {
  id: string;
  role: SlotRole;
  text: string;
}

/**
 * The cleaned article's blocks in reading order: headline, byline, paragraphs (`p1`, `p2`, …), each figure's caption
 * and credit, then the source credit. Every later pass indexes blocks by their place in this list.
 */
export function slotsOf(cleaned: CleanedArticle): Array<Slot> {
  const slots: Array<Slot> = [{ id: 'headline', role: 'headline', text: cleaned.headline }];
  if (cleaned.byline) slots.push({ id: 'byline', role: 'byline', text: cleaned.byline });
  cleaned.paragraphs.forEach((text, i) => slots.push({ id: `p${i + 1}`, role: 'paragraph', text }));
  cleaned.figures.forEach((figure, i) => {
    slots.push({ id: `figure-${i + 1}-caption`, role: 'caption', text: figure.caption });
    if (figure.credit) slots.push({ id: `figure-${i + 1}-credit`, role: 'credit', text: figure.credit });
  });
  if (cleaned.sourceCredit) slots.push({ id: 'source-credit', role: 'source', text: cleaned.sourceCredit });
  return slots;
}

/**
 * The texts of an article's slots, in order, made once for the slots (see `onceFor.ts`): the analysis and the entities'
 * assembly read the same array, so what is kept for an article's texts (its block sentences, its words) is read once.
 */
export const slotTexts = onceFor((slots: ReadonlyArray<Slot>): ReadonlyArray<string> => slots.map((slot) => slot.text));
