/**
 * Nouns a news text uses for a publication it has just named, to avoid repeating the name: "The Aviation Herald reported
 * … The industry publication stated …" (wikinews-iranian-cargo-plane-crashes-into-karaj-houses-2019-01-15), "Znak.com
 * reported … The website further reported …" (wikinews-magnitogorsk-apartment-building-collapse-2019-01-04). Not
 * "paper" (as often a research paper) nor "daily" or "site" (an adverb, a place). Lower case, singular.
 */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(['publication', 'website', 'newspaper', 'magazine', 'outlet', 'tabloid']);
