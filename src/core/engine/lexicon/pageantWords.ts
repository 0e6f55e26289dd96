/**
 * What a beauty pageant's crown is named after besides a place: "Miss World", "Miss Universe", "Miss Nepal Earth",
 * "Miss Nepal International" (`entities/pageantTitle.ts`). As written, capitalised.
 */
export const PAGEANT_WORDS: ReadonlySet<string> = new Set(['World', 'Universe', 'Earth', 'International', 'Teen', 'USA']);
