/**
 * Two names joined by "and", set off by a comma after a plural noun, closing the speaker words: "Lawyers for the
 * Zimbabwe Human Rights Association officials, Florence Ndlovu and Walter Dube, who have been denied access to their
 * clients, said" (voa-zimbabwe-police-detain-zimrights-officials-2011-05-24). The pair names the plural before it (the
 * officials, or the lawyers): the last name alone is never the speaker, and which plural speaks is the reader's to tell.
 */
const NAMED_PAIR_AFTER_PLURAL = /(?<=\p{Ll}s),\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+and\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * Where, in speaker words `before` (the text that ends right before a cue verb, or before the appositive set off ahead
 * of it), the comma opens a pair of names set off after a plural noun (`NAMED_PAIR_AFTER_PLURAL`); null when the words
 * end otherwise. Offsets are UTF-16 code units of `before`.
 */
export function namedPairAfterPlural(before: string): number | null {
  return NAMED_PAIR_AFTER_PLURAL.exec(before)?.index ?? null;
}
