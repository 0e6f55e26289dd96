import { KIN_NOUNS } from '../lexicon/kinNouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { matchesAfterWords } from './afterWords';

/**
 * Words after a name that only a person's take, beyond a role or an age set off after it (`personCues.ts`): kinship set
 * off after the name, an office the name took, "(who", a possessive before a reign, a reporter's credit. `countVotes`
 * weighs them.
 */

/** The singular nouns of kinship: one name is one relative ("Fouzia Azeem, daughter to …"). */
const KIN = [...KIN_NOUNS].filter((noun) => !noun.endsWith('s'));

/**
 * ", daughter to a poor farming family", " the daughter of Prime Minister Yousuf Raza Gilani", ", mother of Trayvon
 * Martin": a noun of kinship, then "of" or "to", set off after a name by a comma or "the". Only a person is someone's
 * daughter or widow ("The Osogbo-based mother of …" sets off nothing).
 */
const KIN_APPOSITIVE = new RegExp(`^(?:,\\s(?:the\\s)?|\\sthe\\s)(?:${KIN.join('|')})\\s(?:of|to)\\s`, 'u');

/**
 * "(when Abdelaziz Bouteflika became president)", "Fadhel AlQawsi is appointed as the new commander": a name that became
 * or was made a person's office (a role noun, up to two words qualifying it). "Nevada became the first state" and "Rocky
 * Linux was named after Rocky McGaugh" take no role noun.
 */
const TOOK_OFFICE = /^\s(?:became|becomes|(?:was|is|has\sbeen|had\sbeen)\s(?:elected|appointed|named|sworn\sin)(?:\sas)?)\s/iu;
const OFFICE_AT = new RegExp(`(?:${PERSON_ROLE_NOUNS.join('|')})\\b`, 'iuy');

/** Whether the words `after` a name say it took an office (`TOOK_OFFICE`, then `OFFICE_AT` after up to two words). */
function tookOffice(after: string): boolean {
  const verb = TOOK_OFFICE.exec(after)?.[0].length;
  if (verb === undefined) return false;
  const article = /^(?:the|a|an)\s/iu.exec(after.slice(verb))?.[0].length ?? 0;
  const qualifies = (word: string) => /^[\p{L}-]+$/u.test(word);
  return matchesAfterWords(after, verb, OFFICE_AT, 2, qualifies) || (article > 0 && matchesAfterWords(after, verb + article, OFFICE_AT, 2, qualifies));
}

/** "The blind worship of Garegin Nzhdeh (who, despite his patriotic work, …)": "who" opening a parenthesis after the name. */
const WHO_IN_PARENTHESES = /^\s\(who\b/u;

/**
 * "during Daniel arap Moi's rule", "Nkurunziza's presidency": a possessive before a reign, which only a ruler has (a
 * country's or a party's government or cabinet is written so too, and is left out); or before the character an actor
 * plays ("for Sigourney Weaver's character in the film Alien").
 */
const REIGN_AFTER = /^['’]s\s(?:rule|reign|presidency|premiership|regime|dictatorship|character\sin)\b/u;

/**
 * "Youmi Kim in Seoul also contributed to the report" (VOA), "… contributed reporting": a wire story's closing credit
 * names a reporter (an agency credited so, "The Associated Press contributed", is a known organisation, settled before).
 */
const CONTRIBUTED = /^(?:\sin\s\p{Lu}[\p{L}-]+)?\s(?:also\s)?contributed\s(?:to\s(?:this|the)\s(?:report|story|article)|reporting)\b/u;

/**
 * "according to Aram Gragossian, electro-optics lead for NDL at NASA Langley"
 * (usgov-nasa-navigation-doppler-lidar-commercial-lunar-2024-02-02), "Joe Kitchen, operations discipline lead for the
 * Planning and Analysis Branch" (NASA_RAG nasa_article_983): a job as a team names it, "lead" after one or two lower-case
 * words saying of what, then "for" or "on" what. No article or verb before it: "taking a lead in efforts" is an act.
 */
const LEAD_FOR = /^,\s(?:\p{Ll}[\p{Ll}-]*\s){1,2}lead\s(?:for|on)\s/u;

/**
 * "Abdelhak al'Koush, blogging on Afinina [Ar], launched a strong attack" (gv-moroccans-love-hate-affair-obama), "Rick
 * Lowe, writing at Weblog Bahamas, calls it" (gv-bahamas-last-thoughts-elections), "John Halloway, writing for the
 * Guardian, described" (Global Voices, May 2012): a blogger's or a columnist's place of writing set off after the name.
 * "Writing on" is left out: "the salvation powers of the Internet, writing on LiveJournal" (Global Voices, May 2012)
 * describes the speaker before.
 */
const WRITING_AT = /^,\s(?:blogging\s(?:on|at|for)|writing\s(?:at|for))\s/u;

/**
 * "Second and third place went to Ababel Yeshaneh and Gelete Burka, both from Ethiopia" (wikinews-kosgei-world-record-
 * chicago-marathon-2019-10-14), "Queloz and Mayor, both from Switzerland, won their prize" (wikinews-nobel-prize-physics-
 * 2019-winners-2019-10-10): "both" or "each" set off after two names joined by "and", then where they come from, their
 * age or "of whom", says the pair are people; this matches after the second name or after the first, the second
 * (one to four capitalised words) between. Bodies and things paired so are "both of which".
 */
const BOTH_PEOPLE = String.raw`,\s(?:both|each)\s(?:from\s|of\swhom|aged\s|\d{1,3}|men|women|natives\sof\s)`;
const BOTH_AFTER = new RegExp(String.raw`^(?:\s(?:and|&)\s(?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’-]*)?${BOTH_PEOPLE}`, 'u');

/**
 * How strongly the text right `after` a name (from its end) says the name is a person's, by words only a person takes
 * there: 2 for kinship set off after it, an office it took, "(who", a team's "lead for", a possessive before a reign, a
 * reporter's credit or a writer's outlet set off after it; 0 otherwise.
 */
export function personAfterWeight(after: string): number {
  const cues = [KIN_APPOSITIVE, WHO_IN_PARENTHESES, LEAD_FOR, REIGN_AFTER, CONTRIBUTED, WRITING_AT, BOTH_AFTER];
  return tookOffice(after) || cues.some((cue) => cue.test(after)) ? 2 : 0;
}
