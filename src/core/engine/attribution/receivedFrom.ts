import { RECEIVING_VERBS } from '../lexicon/receivingVerbs';

/**
 * A verb of receiving or learning, then "from" and whoever the words came from, then the "that" opening what they said:
 * "it received confirmation from Obama administration officials that", "had heard from police that". The source after
 * "from" is no further than six words and one clause (no punctuation) from the verb.
 */
const RECEIVED_FROM = new RegExp(String.raw`\b(?:${RECEIVING_VERBS.join('|')})\b[^"“”;:.!?]{0,60}?\bfrom\s+(?:[^\s"“”;:,.!?()]+\s+){1,6}?that\b`, 'u');

/**
 * Whether the words between a cue's speech verb and the quote's opening mark, `between`, say that the verb's subject had
 * the quoted words from someone else: `AP reported that it received confirmation from Obama administration officials
 * that, "al-Awlaki is on a capture or kill list"` (wikinews-us-federal-judge-dismisses-targeted-killing-lawsuit-2010-12-07).
 * The subject only passes them on (the guide: an outlet that reports someone else's words is not their speaker), and the
 * one they came from may be a group the text does not name; the quote is nobody's for sure.
 */
export const receivedFromAnother = (between: string): boolean => RECEIVED_FROM.test(between);
