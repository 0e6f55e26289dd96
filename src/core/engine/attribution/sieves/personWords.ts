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

const TITLE_WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*`;

/**
 * One unit of the capitalised title words before a person's name, as a regular-expression source with its trailing
 * space: a word, which an office's initials or digits may be (`18F`, `U.S.`, `R&D`), and any words joined to it by
 * "and", "of", "for" or "&" (`Developer and Product Manager `, `Department of Health `). The sieves that read a title
 * run before a name repeat it as far as they trust one (usgov-gsa-18f-every-kid-in-a-park-follow-up-2015-10-21).
 */
export const TITLE_RUN_UNIT = String.raw`${TITLE_WORD}\s+(?:(?:and|of|for|&)\s+${TITLE_WORD}\s+)*`;
