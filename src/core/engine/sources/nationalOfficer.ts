import { PLACES } from '../entities/lookups';

/**
 * "U.S. Chief Technology Officer Megan Smith", "Former U.S. Chief Technology Officer Todd Park" (usgov-gsa-18f-
 * moveforward-digital-services-flash-mob-2015-05-11): a company officer's title ("chief technology officer",
 * `lexicon/companyHeads.ts`) that nothing but a country's name qualifies is that country's office, as no company is
 * named; a nationality ("Russian chief technology officer") says only where its holder is from, a chief executive is a
 * company's, and a body's name beside the country ("Nissan U.S. chief financial officer") owns the title. `role` is the
 * title in lower case, `qualifiers` the words before it other than openers ("Former", "the").
 */
export function isNationalOfficer(role: string, qualifiers: ReadonlyArray<string>): boolean {
  return /^chief \S+ officer$/.test(role) && role !== 'chief executive officer' && qualifiers.length > 0 && PLACES.has(qualifiers.join(' '));
}
