import { ACRONYM_NAMES as ACRONYM_NAME_LIST } from '../lexicon/acronymNames';
import { ARMY_RANKS } from '../lexicon/armyRanks';
import { COUNTRIES } from '../lexicon/countries';
import { MORE_PLACES } from '../lexicon/morePlaces';
import { ORG_NAME_HEAD_PATTERNS } from '../lexicon/orgNameHeads';
import { OTHER_PLACES } from '../lexicon/otherPlaces';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { PLACE_ALIASES as PLACE_ALIAS_LIST } from '../lexicon/placeAliases';
import { PLACE_HEAD_PATTERNS } from '../lexicon/placeHeads';
import { PLURAL_TITLES } from '../lexicon/pluralTitles';
import { REGIONS } from '../lexicon/regions';
import { ROLE_HOMOGRAPHS } from '../lexicon/roleHomographs';
import { SOURCE_ROLES } from '../lexicon/sourceRoles';
import { TITLES } from '../lexicon/titles';

// Look-up tables the entity passes share, built once from the lexicon.

const COUNTRY_BY_NAME = new Map(COUNTRIES.map(([name]) => [name, name]));
/** The country each nationality adjective stands for ("Russian" → "Russia"); the first country listed wins. */
export const COUNTRY_BY_ADJECTIVE = new Map<string, string>();
for (const [country, adjectives] of COUNTRIES)
  for (const adjective of adjectives) if (!COUNTRY_BY_ADJECTIVE.has(adjective)) COUNTRY_BY_ADJECTIVE.set(adjective, country);
/** Every place name known: countries, other places, regions and the entity finder's own. */
export const PLACES = new Set<string>([...COUNTRY_BY_NAME.keys(), ...OTHER_PLACES, ...MORE_PLACES, ...REGIONS]);
/** A place's full name by its short form ("U.S." → "United States"). */
export const PLACE_ALIASES = new Map(PLACE_ALIAS_LIST);
/** An organisation's full name by its acronym ("UN" → "United Nations"). */
export const ACRONYM_NAMES = new Map(ACRONYM_NAME_LIST);
/**
 * The words of titles, with and without a final full stop, less those that also begin other names; a title's last word
 * also with "-elect" or "-designate" ("President-elect Joe Biden", "Prime Minister-designate Haider al-Abadi"); and a
 * title of two capitalised words also as one word joined by a hyphen, as British and Commonwealth writers put ranks and
 * offices ("Major-General Qassim Moussawi", "Vice-President José Alencar", Wikinews).
 */
export const TITLE_WORDS = new Set(
  [...TITLES, ...ARMY_RANKS, ...PLURAL_TITLES]
    .flatMap((t) => [...t.split(/\s+/), ...(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(t) ? [t.replace(' ', '-')] : [])])
    .flatMap((w) => [w, w.replace(/\.$/, ''), ...(/^\p{Lu}\p{Ll}+$/u.test(w) ? [`${w}-elect`, `${w}-designate`] : [])])
    .filter(
      (w) =>
        // "Special Interest Groups", "Defense Dictionary", "Air Defense Artillery", "Defense Industry": "Special",
        // "Defense" and "Finance" only qualify a title ("Special Agent", "Defense Secretary", "Finance Minister").
        ![
          'of',
          'State',
          'Foreign',
          'Vice',
          'Rear',
          'Prime',
          'Deputy',
          'Crown',
          'Supreme',
          'Attorney',
          'Financial',
          'Operating',
          'Executive',
          'Special',
          'Defense',
          'Defence',
          'Finance',
        ].includes(w) || TITLES.includes(w),
    ),
);
/** Person role nouns, lower case ("spokesman", "chief executive"). */
export const LOWER_ROLES = new Set(PERSON_ROLE_NOUNS);
/**
 * One-word role nouns of every kind, lower case: the person role nouns and the source roles ("manager",
 * "coordinator", "broadcaster", "musician"). A capitalised one is a job title, never a name's last word.
 */
export const ROLE_WORDS = new Set([...PERSON_ROLE_NOUNS, ...SOURCE_ROLES.map(([role]) => role)].filter((role) => !role.includes(' ')));
/**
 * The one-word source roles that are no person role noun of `LOWER_ROLES`, less those that are as often another word
 * before a capitalised one (`lexicon/roleHomographs.ts`): lower case, before a full name they make it a person's
 * ("Union representative Brightmore Mbanjwa", `contextVotes.ts`).
 */
export const SOURCE_ROLE_BEFORE: ReadonlySet<string> = new Set(
  [...ROLE_WORDS].filter((w) => /^[a-z-]+$/.test(w) && !LOWER_ROLES.has(w) && !ROLE_HOMOGRAPHS.has(w)),
);
/** Titles written as one abbreviated word ("Gen.", "Sgt."), which keep their full stop as tokens. */
export const ABBREVIATED_TITLES = new Set([...TITLES, ...ARMY_RANKS].filter((t) => /^[A-Z][a-z]+\.$/.test(t)));
/** Whether a name ends with a place's head word ("Brooks Glacier"). */
export const PLACE_HEADS = new RegExp(`\\b(?:${PLACE_HEAD_PATTERNS.join('|')})$`);
/** Whether a name ends with an organisation's head word ("Lantern Dispatch"). */
export const ORG_NAME_HEADS = new RegExp(`\\b(?:${ORG_NAME_HEAD_PATTERNS.join('|')})$`);
