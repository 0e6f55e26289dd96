/**
 * A wire story's dateline opening a paragraph: the place in capitals, perhaps a state or country, perhaps the agency and
 * day in parentheses, then a dash: `FORT BLISS, Texas (Army News Service, Sept. 24, 2015) -- `, `WASHINGTON – `.
 */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,40}(?:,\s+[\p{L}. ]{2,30}?)?\s*(?:\([^()]{1,80}\))?\s*(?:--|—|–)\s+/u;

/**
 * Where reported content that starts at `start` of a paragraph really starts: past the paragraph's dateline when the
 * content opens the paragraph (`FORT BLISS, Texas (Army News Service, Sept. 24, 2015) -- The Network Integration
 * Evaluation … will be the largest NIE ever, … said Brig. Gen. Terry McKenrick.`, an Army News Service story of 2015).
 * The dateline says where and when the writer filed, not what the speaker said. `start` itself otherwise.
 */
export function afterDateline(text: string, start: number): number {
  if (text.slice(0, start).trim() !== '') return start;
  const dateline = DATELINE.exec(text.slice(start));
  return dateline ? start + dateline[0].length : start;
}
