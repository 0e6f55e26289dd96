import { isFirstName } from '../lexicon/firstNames';

/** A possessive or a number, perhaps one word more, then "children" and perhaps a comma, ending the text before a name. */
const CHILDREN_BEFORE = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|two|three|four|five|six)|\p{L}['’]s?)\s+(?:\p{Ll}+\s+)?children,?\s$/u;

/** One-word given names listed before the name: "Elizabeth and " in "his children Elizabeth and Susan". */
const LISTED_GIVEN_NAMES = /(?:\p{Lu}[\p{Ll}'’-]+(?:,\s+and\s+|,\s+|\s+and\s+))+$/u;

/**
 * "We extend our deepest condolences to his children Elizabeth and Susan" (wikinews-john-paul-stevens-dies-2019-07-17):
 * a listed given name alone (`name`), named as someone's children or listed with one so named, is a person. Only a given
 * name: "children" is left out of the kin nouns because before other words it named no one rightly on the real articles
 * ("children Hospital", a charity's name); a first name after it is a child's. `before` is the text before the name.
 */
export function namesChild(before: string, name: string): boolean {
  if (name.includes(' ') || !isFirstName(name)) return false;
  const listed = LISTED_GIVEN_NAMES.exec(before);
  return CHILDREN_BEFORE.test(before) || (listed !== null && CHILDREN_BEFORE.test(before.slice(0, listed.index)));
}
