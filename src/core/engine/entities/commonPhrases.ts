import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { opensEventName } from '../lexicon/eventOpenings';
import { isFirstName } from '../lexicon/firstNames';
import { endsInCountryName } from './countryEndedNames';
import { namesQualifiedPlace } from './qualifiedPlaces';
import { COUNTRY_BY_ADJECTIVE } from './lookups';
import type { EntityRegistry } from './registry';

/**
 * A plural common noun's ending ("Requirements", "Observances", "Applications", "Partnerships", "Archives"): English
 * surnames rarely end so, and those that do ("Clements", "Frances") follow a given name.
 */
const PLURAL_NOUN = /\p{Ll}(?:tions|sions|ments|ances|ities|ships|isms|ogies|ures|ives|ists)$/u;

/**
 * An abstract noun's ending ("Methodology", "Improvement", "Community", "Architecture", "Performance"): no surname
 * ends so after three letters ("Vance", "Clement" are shorter).
 */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{2,}(?:tion|sion|ment|ness|ity|ology|ography|ture|ance)$/u;

/**
 * An adjective's ending ("Technical", "Presidential", "Strategic", "Unified", "Integrated", "Sustainable"): no given
 * name ends so ("Eric" and "Dominic" end in other letters before the "ic", "Danial" in another before the "ial"). Not
 * "-ous": "Precious" is a given name in southern Africa.
 */
const ADJECTIVE = /^\p{Lu}\p{Ll}{2,}(?:ical|tial|cial|rial|ional|tic|gic|fic|ified|ated|ized|ised|able|ible)$/u;

/**
 * Whether a "person" found is a capitalised phrase of common nouns, as headings, programme names and title-case
 * links write them ("Public Relations", "Engineering Requirements", "On-Demand Presentations", "Representatives"): the
 * last word a plural common noun, the first no known first name; or one word that ends no person's name ("Module").
 */
export function isCommonNounPhrase(name: string): boolean {
  const words = name.split(' ');
  // "Executive Order 13985 … the Order", "the Harmony Module … the Module": a head that ends no one's name is no one's
  // whole name either.
  if (words.length === 1 && NON_PERSON_HEADS.has(name)) return true;
  // "the House of Representatives … among the Representatives who voted": a plural alone is a group, never one person.
  return PLURAL_NOUN.test(words.at(-1) ?? '') && !isFirstName(words[0] ?? '');
}

/**
 * Whether a "person" found is a capitalised phrase of an abstract noun or opened by an adjective ("Shock Prediction
 * Methodology", "Quality Improvement", "Strategic Landpower", "Echo Investment"): two or more words, none a known
 * given name ("the Honorable Pedro R. Pierluisi Urrutia" is a person). A given name spelt like an adjective
 * ("Precious Shumba") is told by a role the article gives its bearer, which the caller checks.
 */
export function isAbstractNounPhrase(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && (ABSTRACT_NOUN.test(words.at(-1) ?? '') || ADJECTIVE.test(words[0] ?? '')) && !words.some((w) => isFirstName(w));
}

/**
 * Words of the web and computing that open a compound noun and no one's name ("Web Managers listserv", "Responsive Web
 * Design", "Cyber Command", "Cloud Adoption"): observed on digital.gov pages, which capitalise such phrases as titles.
 */
const COMPUTING_OPENING = /^(?:Web|Cyber|Cloud|Software|Online|Internet)\s/;
/** Continental and ethnic adjectives a group is named by ("African American astronauts", "Latin Americans"). */
const GROUP_ADJECTIVES = new Set(['African', 'Asian', 'European', 'Latin', 'Native', 'Arab', 'Hispanic', 'Indigenous', 'Pacific']);
/** Whether a word is a nationality or group adjective, or its plural ("Americans"). */
const demonym = (word: string) => [word, word.replace(/s$/, '')].some((w) => COUNTRY_BY_ADJECTIVE.has(w) || GROUP_ADJECTIVES.has(w));

/**
 * Whether a "person" found names an event, a thing or a group of people: a storm or an operation ("Hurricane Joaquin",
 * "Operation Murambatsvina"), a computing compound ("Web Design"), words that are all nationality or group adjectives ("African Americans"), or a name
 * of two words opened by a nationality ("Russian Duma").
 */
function isEventOrGroup(name: string): boolean {
  const words = name.split(' ');
  // "Russian Duma", "American Samoa": a nationality and one word name a body or a place, never a person; before a
  // longer name it may be a glued title ("Australian Olympian Steph Rice").
  return opensEventName(name) || COMPUTING_OPENING.test(name) || words.every(demonym) || (words.length === 2 && COUNTRY_BY_ADJECTIVE.has(words[0] ?? ''));
}

/**
 * Whether a "person" found is a company named by its trade ("Axiom Space", "Lockheed Martin Space", "Collins
 * Aerospace"): observed on NASA news, where such names stand on most pages about a launch. A blogger's pen name may end
 * so ("Seba Space, LGBT blogger from Uganda"), which the role the article gives tells; the caller checks it.
 */
export function isSpaceCompany(name: string): boolean {
  return /\s(?:Space|Aerospace)$/.test(name);
}

/**
 * Clears the mentions of every person whose name is a phrase of common nouns, an event or a group, or an abstract
 * phrase, a regional branch's, a space company's or a place's period or part's name (`qualifiedPlaces.ts`) the article
 * gives no role: such a "person" is no one.
 */
export function dropCommonNounPhrases({ entities }: EntityRegistry): void {
  for (const entity of entities.values())
    if (
      entity.type === 'person' &&
      (isCommonNounPhrase(entity.name) ||
        isEventOrGroup(entity.name) ||
        ((isAbstractNounPhrase(entity.name) || endsInCountryName(entity.name) || isSpaceCompany(entity.name) || namesQualifiedPlace(entity.name)) &&
          !entity.role &&
          entity.roleWords.size === 0))
    )
      entity.mentions = [];
}
