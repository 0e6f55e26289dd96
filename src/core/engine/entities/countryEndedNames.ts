import { COUNTRIES } from '../lexicon/countries';
import { isFirstName } from '../lexicon/firstNames';

/** One-word country names, and the continents news names a regional branch by ("Straight Talk Africa"). */
const COUNTRY_WORDS = new Set([...COUNTRIES.map(([name]) => name).filter((name) => !name.includes(' ')), 'Africa', 'Asia', 'Europe']);

/**
 * Whether a "person" found is a company's, programme's or blog's regional name ("Netflix Japan", "Tesco Polska" aside,
 * "Zorin Australia", "Weblog Bahamas", "Wired Taiwan", "Straight Talk Africa"): two or more words, the last a
 * country's or continent's name, and none a known given name. A surname spelt like a country is borne by someone with
 * a given name ("Michael Jordan", "Ilene France"), or by one the article gives a role, which the caller checks.
 * Source: AP style names a company's national branch by the company and the country; surnames that are country
 * names are rare.
 */
export function endsInCountryName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && COUNTRY_WORDS.has(words.at(-1) ?? '') && !words.some((w) => isFirstName(w));
}
