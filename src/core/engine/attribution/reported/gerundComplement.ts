import { ING_NOUNS } from '../../lexicon/ingNouns';

/**
 * "During the trial, Ampon admitted not knowing how to send SMS messages" (gv-thailand-akong-dies-in-prison-2012-05-12),
 * "Some reported wanting to draft articles of impeachment" (wikinews-house-subpoenas-pompeo-as-ukraine-envoy-resigns-
 * 2019-09-30), "Sharif Hotak … described witnessing 35 bodies in one hospital" (wikinews-car-bomb-maidan-wardak-military-
 * base-2019-01-24): a verb of admitting, denying, telling or suggesting takes an -ing clause as what was said, in place
 * of a that-clause ("admitted that he did not know …"). The -ing clause is the content, as the object of a directive
 * or object-noun cue is (docs/annotation-guide.md, "Directive and object-noun cues": `denied that …`); the three
 * sentences' golds hold it so.
 */

/** Speech verbs, lower case, whose -ing complement is the words said: "admitted taking", "denied having", "reported seeing". */
const GERUND_VERBS: ReadonlySet<string> = new Set([
  'admitted',
  'admits',
  'denied',
  'denies',
  'described',
  'describes',
  'reported',
  'reports',
  'suggested',
  'suggests',
  'acknowledged',
  'acknowledges',
  'recalled',
  'recalls',
]);

/**
 * The -ing form right after the verb, with "not", "never" or "ever" before it, and the word after it: a verb's object, a
 * pronoun, a number, a "to", or a name ("admitted taking bribes", "described witnessing 35 bodies", "reported wanting to
 * draft", "Hortefeux has denied ever meeting Kussa or Saleh": wikinews-french-journalists-claim-gaddafi-promised-sarkozy-
 * campaign-2012-04-29). Not a preposition after it, which shows a noun ("reported flooding in the area", "announced
 * funding for …"). Group 1: the adverb, group 2: the -ing word.
 */
const GERUND =
  /^\s+(?:(not|never|ever)\s+)?(\p{Ll}{3,}ing)\s+(?!(?:of|for|in|on|at|from|by|with|and|or|but|as|near|over|across|after|before|since)\b)[\p{L}\d"“]/u;

/**
 * Where the -ing clause a verb of admitting, denying, describing, reporting or suggesting takes starts, the verb
 * (`lower`, lower case) ending at `verbEnd` (a UTF-16 offset in `text`); null when the verb takes none or what follows
 * is no -ing form of a verb.
 */
export function gerundStart(lower: string, text: string, verbEnd: number): number | null {
  if (!GERUND_VERBS.has(lower)) return null;
  const m = GERUND.exec(text.slice(verbEnd, verbEnd + 120));
  // An adverb before the -ing word makes it a verb: "ever meeting", though "meeting" alone is as often the noun.
  if (!m || (m[1] === undefined && ING_NOUNS.has(m[2] ?? ''))) return null;
  return verbEnd + (/^\s+/.exec(text.slice(verbEnd))?.[0].length ?? 0);
}
