import { FEDERAL_SERVICES } from '../lexicon/federalServices';

/** The names of `lexicon/federalServices.ts` as whole words. */
const SERVICE = new RegExp(String.raw`(?<![\p{L}-])(?:${FEDERAL_SERVICES.join('|')})(?![\p{L}-])`, 'u');

/**
 * Whether a phrase names a U.S. federal agency that no government word names (`lexicon/federalServices.ts`): "National
 * Park Service associate director for interpretation" (usgov-gsa-18f-every-kid-in-a-park-follow-up-2015-10-21).
 */
export const namesFederalService = (phrase: string): boolean => SERVICE.test(phrase);
