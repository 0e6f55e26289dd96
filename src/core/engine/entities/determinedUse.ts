import { CRAFT_NOUNS } from '../lexicon/craftNouns';
import { FACILITY_NOUNS } from '../lexicon/facilityNouns';
import { isFirstName } from '../lexicon/firstNames';
import { classify } from './classify';
import type { Votes } from './votes';

/** Whether a name stands where a person's does not: after a bare "the", a named person's possessive or an amount. */

/** A bare "the" right before a name, as in "joined the Sea Org", "to the Bat Cave": no adjective ("the late") between. */
const DETERMINED = /(?<![\p{L}'’-])the\s$/iu;

/**
 * "the James Cagney film", "the Chuck Jones quote": a name followed by a lower-case word that is neither a preposition
 * nor a verb (a past tense: "The Legislative Yuan debated three competing bills") modifies a noun, and "the" goes with
 * that noun; the name is still a person's, except before a site's noun ("the Johan Sverdrup oil field"). So is a given name's in a
 * figure of speech ("the Martha Stewart of transforming government", `FIGURE_OF`).
 */
const MODIFIER_USE =
  /^\s(?!(?:to|in|on|at|of|for|with|from|by|and|or|as|is|was|were|are|has|had|have|will|would|can|could|also|aged|that|which|where|when|\p{Ll}+ed)\b)\p{Ll}/u;

/**
 * "Lawrence Lessig's Free Culture", "Sam Harris' The Moral Landscape": whether the text before a name ends with a
 * possessive of a given name and a surname (and "The"), which owns a thing, not a person. An organisation's possessive
 * ("JPL's Jordan Evans", "DAB's Ben Chan") or a place's ("Kenya's Brigid Kosgei") sets a person off.
 */
function ownedByPerson(before: string): boolean {
  const m = /(\p{Lu}[\p{L}-]+)\s(\p{Lu}[\p{L}-]+)(?:['’]s|s['’])\s(?:The\s)?$/u.exec(before);
  // "Northrop Grumman's Grant Cooper": a company may be named like a person.
  return m !== null && isFirstName(m[1] ?? '') && classify(`${m[1]} ${m[2]}`, [m[1] ?? '', m[2] ?? '']) === null;
}

/**
 * "10 million Korean Won", "ten billion Korean Won worth of", "several tens of millions of Korean Won": an amount counts a
 * thing, a currency or a good, and no person, whatever word follows.
 */
const AMOUNT = /(?<![\p{L}-])(?:millions?|billions?|thousands?|hundreds?)\s(?:of\s)?$/u;

/** A site's noun right after a name, perhaps after a resource word: " oil field", " mine", " power plant" (`facilityNouns.ts`). */
const facilityAfter = (after: string): boolean =>
  FACILITY_NOUNS.has(/^\s(?:(?:oil|gas|wind|solar|coal|gold|copper|power|nuclear)\s)?(\p{Ll}+)/u.exec(after)?.[1] ?? '');

/** A craft's noun right after a name, perhaps after a place word: " Mars rover", " spacecraft" (`craftNouns.ts`). */
export const craftAfter = (after: string): boolean => CRAFT_NOUNS.has(/^\s(?:(?:Mars|Moon|lunar|space|solar)\s)?(\p{Ll}+)/u.exec(after)?.[1] ?? '');

/** " of" after a name: "the Holy Headdress of Christ" is a thing, "the Martha Stewart of …" a person named in a figure. */
const FIGURE_OF = /^\sof\s/;

/** Counts an occurrence of a name, and whether a determiner no person's name takes goes before it (`Votes.determined`). */
export function countDetermined(v: Votes, words: ReadonlyArray<string>, before: string, after: string): void {
  v.occurrences += 1;
  const figure = FIGURE_OF.test(after) && words.some((w) => isFirstName(w));
  const modifier = MODIFIER_USE.test(after) && !facilityAfter(after);
  if (AMOUNT.test(before) || craftAfter(after) || ((DETERMINED.test(before) || ownedByPerson(before)) && !modifier && !figure)) v.determined += 1;
  if (DETERMINED.test(before) && facilityAfter(after)) v.facility += 1;
}
