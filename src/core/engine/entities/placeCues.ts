import { isFirstName } from '../lexicon/firstNames';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { PLACE_HEADS, PLACES } from './lookups';
import { INTERVIEWEE } from './personCues';

/** The words in and around a name that make it a place's: an opener, a head word, a town's part, a region after it. */

/**
 * The words a place's name opens with: "Port", "Mount", "Lake", "San", "North"; "Masjid Al-Aqsa", "Masjid al-Haram": a
 * mosque's name opens with the Arabic word for one; "Punta Tombo" (fresh Wikinews, January 2019), "Cabo Verde", "Isla
 * Mujeres": Spanish and Portuguese words for a point, a cape, a hill, an island, a bay, a beach or a lake.
 */
export const PLACE_OPENERS =
  /^(?:Port|Fort|Mount|Mt\.|Lake|Saint|St\.|San|Santa|Los|Las|New|Nuevo|Nueva|Ciudad|Puerto|Punta|Cabo|Cerro|Isla|Islas|Bahía|Playa|Laguna|Lago|North|South|East|West|Cape|Glen|Lower|Upper|Masjid)\s/;

/** The articles a Spanish, French or Arabic place name opens with ("El Paso", "La Jolla", "Las Vegas"). */
const PLACE_ARTICLES = new Set(['El', 'La', 'Le', 'Los', 'Las', 'Al']);

/**
 * "died of pneumonia in La Jolla, California", "the border city of El Paso, Texas, with": whether a name of two words
 * or more is one a state or a country follows after a comma (`after` being the text after it), the sentence going on in
 * lower case or stopping there: a town's. A lone word may be the end of a longer name ("Rio Grande do Sul, Brazil"). A
 * first name on either side ("Michael Jordan, Washington") may be a person and a place of theirs; a Spanish or Arabic
 * article ("El", "La") is no first name there.
 */
export function townBeforeRegion(words: ReadonlyArray<string>, after: string): boolean {
  // "Kamran Ashtary, Netherlands based blogger and artist" (Global Voices): where someone is based is no town's region.
  const region = /^,\s(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=\s+(?!based\b)\p{Ll}|[,.;:)]|$)/u.exec(after)?.[1] ?? '';
  const opener = words[0] ?? '';
  return words.length > 1 && PLACES.has(region) && !isFirstName(region) && (!isFirstName(opener) || PLACE_ARTICLES.has(opener));
}

/**
 * "The camp in Rann, Borno State is home to thousands", "a farmer in Ira, Kwara State" (Wikinews, Nigeria, 2017): whether a
 * name of two words or more ending in "State" follows a town set after a preposition of place and a comma (`before`
 * being the text before it): a federation's state, as Nigeria's and India's are written, a place's. Alone "State" ends
 * as many universities' names ("Idaho State", "Penn State") and is no place head.
 */
export function stateAfterTown(words: ReadonlyArray<string>, before: string): boolean {
  return words.length > 1 && words.at(-1) === 'State' && /\b(?:in|at|near|from|outside)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s$/u.test(before);
}

/**
 * "when it arrived to the Les Corts neighborhood", "the Kagithane neighborhood of Istanbul": a noun of a town's part
 * right after a name makes the name that part's, a place's.
 */
export const PLACE_PART_AFTER = /^\s(?:neighbou?rhoods?|district|suburb|borough|township|municipality|area)\b/;

/**
 * "Rocky Radcliff, Kevin Hall, and Herman Rijfkogel": a common first name and a place's head word that is as often a
 * surname (Hall, Hill, Lane) is a person's name as much as a building's.
 */
const surnameOfPlaceShape = (words: ReadonlyArray<string>) => words.length === 2 && isFirstName(words[0] ?? '') && /^(?:Hall|Hill|Lane)$/.test(words[1] ?? '');

/**
 * What a place's head word ending a name of two words or more votes for place ("Brooks Glacier", "Carnegie Hall"): 4,
 * or nothing for a first name and a surname-like head (`surnameOfPlaceShape`) that no lower-case word or possessive
 * before it makes a noun ("the Town Hall", "museum's Bone Hall" stay places). `wordBefore` is the word right before the
 * name, `before` the text before it.
 */
export function placeHeadVote(name: string, words: ReadonlyArray<string>, wordBefore: string, before: string): number {
  if (!PLACE_HEADS.test(name) || words.length < 2) return 0;
  const asNoun = (/^[a-z]/.test(wordBefore) && !isSpeechVerb(wordBefore) && !INTERVIEWEE.test(before)) || /['’]s\s$/.test(before);
  return !surnameOfPlaceShape(words) || asNoun ? 4 : 0;
}

/**
 * "a televised presidential debate took place between Sidi Ould Cheikh Abdallahi and Ahmed Ould Daddah", "between Tomislav
 * Nikolic (the Serbian Progressive Party, or SNS, the opposition) and Boris Tadic" (Global Voices, 2012): whether the
 * other side of a "between … and" pair, after an aside in brackets and a lower-case role, opens with a known given name
 * or a title, and another capitalised word. A pair joins like with like, so the name before "and" is a person's, not the place "between" suggests.
 * `after` is the text right after the name.
 */
export function personPartnerAfter(after: string, opensPerson: (word: string) => boolean): boolean {
  const partner = /^(?:\s\([^()]{0,120}\))?\s+and\s+(?:\p{Ll}+\s+){0,3}(\p{Lu}[\p{L}'’-]*)\s+\p{Lu}/u.exec(after)?.[1];
  return partner !== undefined && opensPerson(partner);
}
