/**
 * A comparison fronted before a clause's subject and closed by its comma, lists and asides in it: "Like many others,
 * including Blue Stone [Ar], …, GVO author Marwa Rakha -who thought …- and Doaa [Ar], ", "Unlike his rivals, ". Not
 * "like" as a conjunction before a speech verb ("Like Smith said, "), whose subject may be whom the pronoun means.
 */
const FRONTED_COMPARISON = /^\s*["“]?(?:Like|Unlike)\s[^.!?;:"“”]{1,400},\s+$/u;

/** A speech verb closing the phrase: "Like Smith said," is what Smith said, not whom the subject is likened to. */
const SAID_BEFORE_COMMA = /\s(?:said|says|put\s+it|noted|wrote|told\s+\p{L}+),\s+$/u;

/**
 * Whether the text of a sentence from `start` to `at` (UTF-16 code units into `text`) is a comparison fronted before a
 * subject written at `at`: the subject is likened to the people the phrase names, so it is none of them, and a he/she
 * there means whom the previous sentences were about ("Adel, a 23-year-old blogger, took a break …. Like many others,
 * including …, GVO author Marwa Rakha … and Doaa [Ar], he believed …", gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06,
 * where the he went to Marwa Rakha).
 */
export function frontedComparisonBefore(text: string, start: number, at: number): boolean {
  const before = text.slice(start, at);
  return FRONTED_COMPARISON.test(before) && !SAID_BEFORE_COMMA.test(before);
}
