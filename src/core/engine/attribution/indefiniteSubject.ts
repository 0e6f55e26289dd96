import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';

/**
 * A sentence opening on a person brought in by a description and no name: a bare or indefinite role noun, perhaps after
 * one capitalised word saying where they are from (not a determiner: "The blogger" may be one named before), then a
 * preposition or a verb: "Guadeloupean blogger at Carib Creole News publishes a post …", "A blogger from Lagos wrote …".
 * Group 1 is the role noun.
 */
const INDEFINITE_OPENING =
  /^\s*(?:(?:A|An|One|Another)\s+)?(?!(?:The|This|That|Their|His|Her|Our|Its)\s)(?:\p{Lu}[\p{Ll}-]+\s+)?(\p{Ll}[\p{Ll}-]+)\s+(?:at|from|of|on|in|for|\p{Ll}+(?:s|ed))\b/u;

/**
 * A sentence opening on an ordinal that stands alone for one of a group, then its verb: "The first described his help
 * for a uterine ailment; she said he claimed …" (a fresh Wikinews page, March 2011, of the only two women to survive).
 * The ordinal's person is someone the text does not name.
 */
const ORDINAL_OPENING = /^\s*The\s+(?:first|second|third|fourth)\s+\p{Ll}+(?:ed|s)\b/u;

/**
 * Whether the he/she at `at` of `text` stands in a sentence (opening at `sentenceStart`) whose subject is a person the
 * text describes but does not name (`INDEFINITE_OPENING` with a role noun of `PERSON_ROLE_NOUNS`, or `ORDINAL_OPENING`): "Guadeloupean
 * blogger at Carib Creole News publishes a post entitled "Victorin Lurel, Last Minister of the Last Colonies" in which he
 * denounces …" (Global Voices, French Guiana, Guadeloupe, Martinique, May 2012, fresh text). The indefinite subject is
 * someone new, and the pronoun of its own clause is theirs (Lee et al. 2013 resolve within the sentence first): the
 * minister named in the post's title, or anyone named before, is not whom it means, so it stays unattributed.
 * Offsets are UTF-16 code units.
 */
export function indefiniteSubjectBefore(text: string, sentenceStart: number, at: number): boolean {
  if (!/^(?:he|she)\b/i.test(text.slice(at, at + 4))) return false;
  if (ORDINAL_OPENING.test(text.slice(sentenceStart, at))) return true;
  const opening = INDEFINITE_OPENING.exec(text.slice(sentenceStart, at));
  return !!opening?.[1] && PERSON_ROLE_NOUNS.includes(opening[1]);
}
