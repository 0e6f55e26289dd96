import { isFirstName } from '../lexicon/firstNames';

/** The counts of children a family or an obituary gives in words before naming them. */
const COUNT = 'two|three|four|five|six';

/**
 * A possessive or a number, perhaps one word more, then "children" (or, after a number, "sons" or "daughters", perhaps
 * "with" their other parent), then perhaps a comma or a colon, ending the text before a name: "his children ", "three
 * adult children: ", "two sons with Stokowski, ". A number of sons must go before them, so that "his sons" stays with the
 * kin nouns, which already read it.
 */
const CHILDREN_BEFORE = new RegExp(
  String.raw`(?:(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|${COUNT})|\p{L}['’]s?)\s+(?:\p{Ll}+\s+)?children|\b(?:${COUNT})\s+(?:\p{Ll}+\s+)?(?:sons|daughters)(?:\s+with\s+\p{Lu}\p{Ll}+)?)[,:]?\s$`,
  'u',
);

/** One-word given names listed before the name: "Elizabeth and " in "his children Elizabeth and Susan". */
const LISTED_GIVEN_NAMES = /(?:\p{Lu}[\p{Ll}'’-]+(?:,\s+and\s+|,\s+|\s+and\s+))+$/u;
/** One of those listed names with what joins it to the next. */
const LISTED_GIVEN_NAME = /\p{Lu}[\p{Ll}'’-]+(?:,\s+and\s+|,\s+|\s+and\s+)/gu;

/**
 * "We extend our deepest condolences to his children Elizabeth and Susan" (wikinews-john-paul-stevens-dies-2019-07-17):
 * a listed given name alone (`name`), named as someone's children or listed with one so named, is a person. Only a given
 * name: "children" is left out of the kin nouns because before other words it named no one rightly on the real articles
 * ("children Hospital", a charity's name); a first name after it is a child's. Also the obituaries' "They have three adult
 * children: Alex, Jordan, and Marie" (usgov-nasa-honors-three-chroniclers-space-story-2024-05-15) and "survived by two sons
 * with Stokowski, Stanislaus and Christopher" (wikinews-gloria-vanderbilt-dies-2019-06-20). `before` is the text before
 * the name.
 */
export function namesChild(before: string, name: string): boolean {
  if (name.includes(' ') || !isFirstName(name)) return false;
  if (CHILDREN_BEFORE.test(before)) return true;
  const listed = LISTED_GIVEN_NAMES.exec(before);
  if (!listed) return false;
  // The list may start after its first capitalised word, the other parent's name ("two sons with Stokowski, Stanislaus and ").
  for (const item of listed[0].matchAll(LISTED_GIVEN_NAME)) if (CHILDREN_BEFORE.test(before.slice(0, listed.index + item.index))) return true;
  return false;
}
