import { CONNECTORS } from '../lexicon/connectors';
import { GENERIC_ORG_HEADS } from '../lexicon/genericOrgHeads';
import { KNOWN_ORGS } from '../lexicon/knownOrgs';
import { NEWSPAPER_HEADS } from '../lexicon/newspaperHeads';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { opensEventName } from '../lexicon/eventOpenings';
import { OUTLET_OPENERS } from '../lexicon/outletOpeners';
import { PLACE_PAPER_HEADS } from '../lexicon/placePaperHeads';
import { isFirstName } from '../lexicon/firstNames';
import { ACRONYM_NAMES, PLACES } from './lookups';
import { isAcronym } from './tokens';
import type { EntityType } from './types';

/**
 * What a name is by itself, `name` being its text and `words` its words: a place it lists or that ends like a
 * state, an organisation by its head word, a known name or a short acronym; null when the name alone cannot tell.
 */
export function classify(name: string, words: ReadonlyArray<string>): EntityType | null {
  if (words.length === 1 && GENERIC_ORG_HEADS.has(name)) return null;
  if (PLACES.has(name)) return 'place';
  if (/^[A-Z]{3,}$/.test(name) && PLACES.has(name.charAt(0) + name.slice(1).toLowerCase())) return 'place';
  // "United States Commission on Presidential Debates", "International Committee on Taxonomy of Viruses": a body's head,
  // then "on" and the capitalised field it deals with, as "of" or "for" does ("Program on the NASA History Flickr" is
  // where something is posted).
  if (words.some((w, i) => ORG_HEADS.has(w) && (CONNECTORS.has(words[i + 1] ?? '') || (words[i + 1] === 'on' && /^\p{Lu}/u.test(words[i + 2] ?? '')))))
    return 'organization';
  // "the Combined Joint Task Force Operation Inherent Resolve released a statement" (wikinews-no-casualties-missile-strike-
  // iraqi-air-base-2019-11-10): a body's head, then the operation it was formed for, is one body's name (U.S. military
  // style names a task force by its operation).
  if (words.some((w, i) => ORG_HEADS.has(w) && opensEventName(words.slice(i + 1).join(' ')))) return 'organization';
  // "One news site, Znak.com, claims …" (fresh Wikinews page), "other sites such as Gawker.com have stated"
  // (wikinews-hackers-attack-scientology-website-2008-01-20): a website named by its domain is a body, no person.
  if (words.length === 1 && /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|info|news|ru|ua|pl|de|fr|in|co\.uk)$/u.test(name)) return 'organization';
  // "The Center for Biological Diversity announced …" (fresh Wikinews page), "The Centre for Aviation's database"
  // (wikinews-iranian-cargo-plane-crashes-into-karaj-houses-2019-01-15): a centre "for" a cause or a field is a body;
  // one a name ends with ("Kennedy Space Center", placeHeads.ts) is a place.
  if (words.length > 2 && /^Cent(?:er|re)$/.test(words[0] ?? '') && words[1] === 'for') return 'organization';
  if (words.length > 1 && /\b(?:Republic|Kingdom|Emirates|States)$/.test(name)) return 'place';
  // "Al-Jazeera said they were "appalled" …" (wikinews-egypt-army-will-not-use-force-mubarak-cabinet-2011-01-29): a known
  // name written with a hyphen where the list has a space is the same organisation.
  if (words.length === 1 && name.includes('-') && KNOWN_ORGS.has(name.replace(/-/g, ' '))) return 'organization';
  if (KNOWN_ORGS.has(name) || (words.length > 1 && KNOWN_ORGS.has(words.slice(1).join(' ')) && words.slice(1).join(' ').includes(' '))) return 'organization';
  // "CNN Philippines": a known organisation's name and a place's is its edition or branch there.
  if (words.length === 2 && KNOWN_ORGS.has(words[0] ?? '') && PLACES.has(words[1] ?? '')) return 'organization';
  // "The Baltimore Sun", "Manila Bulletin": a paper's weaker head word after a place's name, not after a first name
  // ("Jordan Sun").
  if (words.length === 2 && PLACE_PAPER_HEADS.has(words[1] ?? '') && PLACES.has(words[0] ?? '') && !isFirstName(words[0] ?? '')) return 'organization';
  // "North Bank Evening Standard", "Sunday Mirror": a paper's weaker head word after the time it comes out names a paper.
  if (words.length >= 2 && PLACE_PAPER_HEADS.has(words.at(-1) ?? '') && /^(?:Daily|Evening|Morning|Sunday|Weekly)$/.test(words.at(-2) ?? ''))
    return 'organization';
  // "Northrop Grumman Cygnus": a craft named after the company that builds it opens with the company's two-word name.
  if (words.length === 3 && KNOWN_ORGS.has(words.slice(0, 2).join(' '))) return 'organization';
  const last = words[words.length - 1] ?? '';
  const firstWord = words[0] ?? '';
  if (ORG_HEADS.has(last) || ORG_HEADS.has(firstWord)) return 'organization';
  // "Lion Air", "Air India Express": an airline's name opens or ends with the word, and no person's does. Not a head
  // word that splits a run of names ("Naval Air Station Miramar").
  if (words.length > 1 && (firstWord === 'Air' || last === 'Air' || OUTLET_OPENERS.has(firstWord))) return 'organization';
  // "In an interview with Der Spiegel" (wikinews-opposition-calls-mass-protests-bahrain-2012-02-12), "Die Zeit", "Die
  // Linke": a German article opens a paper's or a party's name, never a person's.
  if (words.length > 1 && /^(?:Der|Die)$/.test(firstWord) && /^\p{Lu}/u.test(words[1] ?? '')) return 'organization';
  // "Sky News Arabia", "Fox News Channel": an outlet's regional or channel name goes on after its head word.
  if (words.slice(1, -1).some((w) => NEWSPAPER_HEADS.includes(w))) return 'organization';
  // A longer all-capital word nobody spells out is more often a shout ("LUCAS, you pushed me") than an acronym.
  if (words.length === 1 && isAcronym(name) && (name.replace(/\./g, '').length <= 4 || ACRONYM_NAMES.has(name))) return 'organization';
  if (/^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|New|Greater)\s/.test(name) && words.length <= 3) {
    return PLACES.has(words.slice(1).join(' ')) ||
      /\b(?:Korea|Africa|America|Asia|Europe|Sudan|Macedonia|Carolina|Dakota|Zealand|York|Jersey|Mexico|Wales)\b/.test(name)
      ? 'place'
      : null;
  }
  return null;
}
