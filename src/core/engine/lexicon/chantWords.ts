/**
 * Words that name what a crowd says together: a chant or a slogan. The words a crowd chants are the crowd's, never
 * those of one person the sentence named before (`attribution/sieves/chantedQuote.ts`). Lower case.
 */
export const CHANT_WORDS = new Set(['chant', 'chants', 'chanted', 'chanting', 'slogan', 'slogans']);
