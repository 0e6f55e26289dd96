/**
 * Two clause shapes that make a short phrase in marks someone's words though no reporting verb stands right before the
 * mark: a passive naming or verdict verb whose agent follows the closing mark, and a verb asking or ordering someone to
 * act whose infinitive leads into the mark. Both come from the development half of tests/fixtures/real (Wikinews).
 */

/** A passive's agent right after the closing mark: `described as “knife-obsessed” by the police`. */
export function agentAfter(text: string, open: number): boolean {
  const close = text.slice(open + 1).search(/["”’]/);
  return close >= 0 && /^\s+by\s+(?:the\s+)?\p{L}{3,}/u.test(text.slice(open + close + 2));
}

/**
 * A passive naming or verdict verb, then "as" or "to be" and an article at most, before the mark: `being hailed as a
 * "hero" by the President of Gabon`, `was previously announced to be a "pandemic" by the World Health Organization`.
 * With the agent named after the mark the words are that agent's, as with "described by Johnson as a …".
 */
const PASSIVE_NAMING = /\b(?:called|termed|dubbed|described|hailed|branded|labell?ed|declared|announced)\s+(?:as|to\s+be)(?:\s+(?:a|an|the))?\s*$/i;

/**
 * Whether the phrase whose opening mark is at `open` in `text` is named by a passive verb whose agent follows it; `left`
 * is the sentence's text up to that mark.
 */
export function namedByAgent(text: string, left: string, open: number): boolean {
  return PASSIVE_NAMING.test(left) && agentAfter(text, open);
}

/** A verb that asks or orders its object to act (Caldas-Coulthard's directives, with "ask … to" and "order … to"). */
const DIRECTIVE = String.raw`(?:ask(?:s|ed|ing)?|order(?:s|ed|ing)?|told|tell(?:s|ing)?|urg(?:es|ed|ing)|instruct(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|beg(?:s|ged)|implor(?:es|ed|ing)|request(?:s|ed|ing)?)`;
/** The verb's object: one to four words, perhaps with a relative clause set off by commas ("Plesel, who was flying,"). */
const OBJECT = String.raw`(?!to\s)[^\s"“”‘’.,;:!?()]+(?:\s+(?!to\s)[^\s"“”‘’.,;:!?()]+){0,3}(?:,\s+(?:who|which|whom)\s[^"“”,.;:!?]{1,50},)?`;
/** "to", then at most two lower-case words of the infinitive ("to be arrested"), up to the mark. */
const DIRECTED = new RegExp(String.raw`(?<!\b(?:is|was|were|are|been|being|be)\s+)\b${DIRECTIVE}\s+${OBJECT}\s+to(?:\s+\p{Ll}+){0,2}\s*$`, 'iu');
/** A determiner or preposition right before the mark makes the words the infinitive's object, a thing named. */
const OBJECT_BEFORE = /\b(?:a|an|the|its|his|her|their|our|my|your|this|that|these|those|some|any|no|of|for|with|in|on|at)\s*$/i;

/**
 * Whether a phrase in marks is the act a verb of asking or ordering tells its object to do, so the words are the
 * asker's: `Iriyanto asked Plesel, who was flying, to "pull down".`, `asked clients to "stay tuned."`, `ordered him to be
 * arrested "by any means possible".` (Wikinews, development half). `left` is the sentence's text up to the opening mark,
 * `after` the text from just after it. Not a passive ("was asked to"), nor a phrase that opens on a capital (a title or a
 * name: "urged fans to join the “Red Army”"), nor one after an article or a preposition (the infinitive's object).
 */
export function directedPhrase(left: string, after: string): boolean {
  if (!/^\[?\p{Ll}/u.test(after)) return false;
  const directed = DIRECTED.exec(left);
  if (!directed) return false;
  const afterTo = left.slice(directed.index).replace(/^[\s\S]*\sto(?=\s|$)/u, '');
  return afterTo.trim() === '' || !OBJECT_BEFORE.test(left);
}
