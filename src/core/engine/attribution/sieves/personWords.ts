/** Words of the first person singular: the quote speaks as one person, as the one named before it would. */
export const FIRST_PERSON_SINGULAR = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|my|me|mine|myself)(?![\p{L}'’])/u;

/** Third-person words for one person: a quote that speaks of someone so may be about the person named before it. */
export const THIRD_PERSON_SINGULAR = /(?<![\p{L}'’])(?:he|him|his|himself|she|her|hers|herself)(?![\p{L}'’])/iu;

/**
 * Whether quoted `words` speak as one person and of no one else in the third person: the gate of the sieves that give
 * a cue-less quote to the one person named just before it (`docs/annotation-guide.md`: a quote after a sentence that
 * names its speaker without a speech verb). A quote about "him" or "her" may be about that person, not by them.
 */
export function speaksAsOnePerson(words: string): boolean {
  return FIRST_PERSON_SINGULAR.test(words) && !THIRD_PERSON_SINGULAR.test(words);
}
