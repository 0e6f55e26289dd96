import { NICKNAMED_NOUNS } from '../lexicon/nicknamedNouns';
import { THING_NOUNS } from '../lexicon/thingNouns';

/**
 * An article, up to two describing words, a noun, a verb of naming and an opening quotation mark, ending the words before
 * a name: "a location nicknamed “", "an intriguing rock called “", "a mannequin, nicknamed "".
 */
const NAMING_BEFORE = /(?:^|\s)(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+),?\s+(?:nicknamed|dubbed|called|named|known\s+as)\s+[“"‘']$/u;

/**
 * Whether the words `before` a name give a place or a thing that name in quotation marks: "At the base of Jezero
 * Crater’s rim, a location nicknamed “Bright Angel” is of interest" (usgov-nasa-perseverance-bunsen-peak-sample-2024-04-03).
 * A nickname given to a place or a thing is no person's name, even when one of its words is a given name ("Angel");
 * "an individual named “Luis”" still names a person, as the noun before is no place's or thing's.
 */
export function nicknamesThing(before: string): boolean {
  const noun = NAMING_BEFORE.exec(before)?.[1] ?? '';
  return NICKNAMED_NOUNS.has(noun) || THING_NOUNS.has(noun);
}
