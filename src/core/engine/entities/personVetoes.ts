import { namesFaithOrCreed } from '../lexicon/faithsAndCreeds';
import { isFirstName } from '../lexicon/firstNames';
import { FOREIGN_NAME_HEADS } from '../lexicon/foreignNameHeads';
import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import type { EntityRegistry } from './registry';
import type { Votes } from './votes';

/**
 * "Assuming Apollo 9 met its objectives", "Completed December 1, 2023.", "Allowed Musharraf to amend constitution":
 * whether a run opening a sentence opens with a verb capitalised there, a word ending in -ing or -ed that is no common
 * first name ("Sterling", "Khaled"). With nothing only a person takes around it, such a run is no one's name.
 */
export const opensWithVerb = (words: ReadonlyArray<string>) =>
  words.length > 1 && /^\p{Lu}\p{Ll}{2,}(?:ing|ed)$/u.test(words[0] ?? '') && !isFirstName(words[0] ?? '');

/**
 * Whether a run is a programme's, mission's, award's or building's name, however its words vote: it ends in one of
 * their head words ("Long-Duration Mars Simulation", "James Webb Space Telescope"). A first name and one such word may
 * still be a person's ("Ryan Day", "Juli Lander").
 */
export const programmeName = (words: ReadonlyArray<string>) => NON_PERSON_HEADS.has(words.at(-1) ?? '') && !(words.length === 2 && isFirstName(words[0] ?? ''));

/**
 * Whether a run names a faith, a creed or one who holds it ("Roman Catholic", "a self-described Neo-Nazi"), however
 * its surroundings vote: it holds such a word (`faithsAndCreeds.ts`).
 */
export const creedName = (words: ReadonlyArray<string>) => words.some(namesFaithOrCreed);

/**
 * Whether a run opens with the head word of an institution's or a place's name in another language ("Fundación Tierra
 * enabled a widget", gv-bolivia-protests-sweep-country-2012-05-10; "Fundación Trinidad Alfonso", a sponsor's name in a
 * Wikinews interview): no person's name, however the verb after it votes. A head the given-name lists also hold is
 * read as a given name.
 */
export const foreignHeadedName = (words: ReadonlyArray<string>) => words.length > 1 && FOREIGN_NAME_HEADS.has(words[0] ?? '') && !isFirstName(words[0] ?? '');

/**
 * Whether a run of two words opening with "Al" is the Arabic article before a noun, no English given name: nothing but
 * "Al" read as a given name said person (`votes.givenNameCues`), and the article never calls the bearer by the second
 * word alone, as it would call Al Gore "Gore" (`loneRuns`: the one-word runs the first pass left). Observed in the
 * session 58 development half: "on Al Arabiya television", "Barack Obama in his historic interview on Al Arabia"
 * (wikinews-obama-to-muslims-americans-are-not-your-enemy-2009-01-27), "according to Al Akhbar"
 * (gv-mauritania-debate-al-qaeda-execution-2012-05-22), "The MV Al Khaliq" (wikinews-panama-flagged-ship-hijacked-off-
 * somali-coast-2009-10-22), "by Al Tall" (a band, gv-spain-valencia-battle-of-almansa-remembered-2012-05-09): a channel,
 * a paper, a ship and a band.
 */
export const arabicArticleName = (words: ReadonlyArray<string>, votes: Votes, loneRuns: ReadonlySet<string>) =>
  words.length === 2 && words[0] === 'Al' && votes.personCues === votes.givenNameCues && !loneRuns.has(words[1] ?? '');

/**
 * Whether a run the votes made a person names a work, a vessel, an event or a publication: a noun of one stands next
 * to it ("film Black Panther", "Vecherniye Vesti newspaper", `thingNouns.ts`), and nothing only a person takes (a role,
 * an honorific, an age, "who") nor a common first name says otherwise. Observed on real news: "the Learning Together
 * event", "Indonesian cargo ship Namse Bangdzod".
 */
export const namesThing = (words: ReadonlyArray<string>, votes: Votes) =>
  votes.thingCues > 0 &&
  (words.some((w) => isFirstName(w)) ? votes.personCues === votes.givenNameCues && votes.thingNamed === votes.occurrences : votes.personCues === 0);

/**
 * Whether a run the votes made a person is an organisation an organisation's kind noun names in apposition before it at
 * least once ("pan-Arab newspaper Al Hayat"), when nothing but a common first name opening it said person elsewhere ("Al
 * Hayat newspaper did apologise …", gv-yemen-sexual-harassment-al-hayat-figure): no person is called "newspaper X".
 */
export const kindNamed = (votes: Votes) => votes.organization >= 3 && votes.thingNamed > 0 && votes.personCues === votes.givenNameCues;

/**
 * "Hagia Sophia Museum … converting Hagia Sophia": whether a name of several words that only its shape and the verbs
 * after it voted a person opens the name of an organisation or a place the article gives, its short name.
 */
export const opensLongerName = (registry: EntityRegistry, name: string, votes: Votes) =>
  votes.personCues === 0 &&
  name.includes(' ') &&
  [...registry.entities.values()].some((e) => e.type !== 'person' && e.mentions.length > 0 && e.name.startsWith(`${name} `));

/**
 * Whether a run the votes made a person is a thing's name: "the" or a person's possessive goes before every one of its
 * occurrences ("She joined the Sea Org aged 14", "players are dropped … to the Bat Cave", "Lawrence Lessig's Free
 * Culture"), and nothing but its shape and a given name (which may be a common word: "Bat", "Free") said person.
 * Observed on the GUM corpus's Wikinews pages and US Army pages.
 */
export const determinedThing = (votes: Votes) => votes.occurrences > 0 && votes.determined === votes.occurrences && votes.personCues === votes.givenNameCues;

/**
 * Whether a run the votes made a person is the name the article gave a place or a thing in quotation marks at least once
 * ("a location nicknamed “Bright Angel”", usgov-nasa-perseverance-bunsen-peak-sample-2024-04-03), when nothing but a
 * given name among its words ("Angel") said person: the later "exploring Bright Angel" is that place.
 */
export const nicknamedThing = (votes: Votes) => votes.nicknamedThing > 0 && votes.personCues === votes.givenNameCues;

/**
 * Whether a run the votes made a person names a site or a plant: "the" and a site's noun stand around it at least once
 * ("The Costa Sur power plant at Guayanilla", wikinews-seismic-activity-puerto-rico-5-2-quake-2020-01-17), and nothing but
 * a common first name opening it ("Costa") said person elsewhere ("Costa Sur provided power"): one name in one article
 * names one thing.
 */
export const facilityThing = (votes: Votes) => votes.facility > 0 && votes.personCues === votes.givenNameCues;
