import { PERSON_NOUNS } from '../lowerTitle';

/** Words before a role's noun phrase that date or qualify it: "formerly the director of …", "now chief of …". */
const QUALIFIER = /^(?:formerly|former|now|currently|then|also)$/i;
/** A determiner opening the role's noun phrase: "a military psychiatrist", "the author of …". */
const DETERMINER = /^(?:the|a|an|his|her|its|their)$/i;
/**
 * What may follow a role's head noun inside its phrase: nothing, a complement ("director of …", "author of several
 * books"), a coordinated role ("professor and director"), or a relative ("a psychiatrist who examined Ford").
 */
const AFTER_HEAD = /^(?:$|(?:of|for|at|with|in|on|from|to|and|who|whose)\s)/i;
/** A verb only a clause has: in an appositive outside a relative, it shows a clause, not a description. */
const FINITE = /\b(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had|do|does|did|said|says)\b/i;

/**
 * The length of the role appositive set off by commas right at `from` (a UTF-16 offset after a source person's name, before
 * its comma): `, technical director for NSA’s Laboratory for Telecommunication Sciences,`, `, author of several books
 * about top tasks,`, `, formerly the director of …,`, `, Chief of the Army's Electronic Warfare Division,`, up to and with
 * its closing comma; null when the words there are no such phrase. The phrase is a role noun among its first five words,
 * only modifiers before it and a complement or a relative after it, with no verb of a clause outside that relative (so
 * "According to Smith, the director resigned, …" has none): possessives and plural nouns are no verbs here (AP style
 * sets a source's title off by commas after the name).
 */
export function roleAppositiveLength(text: string, from: number, end: number): number | null {
  const match = /^,\s+([^,;:"“”()[\]]{1,140}?),\s/u.exec(text.slice(from, end));
  const phrase = match?.[1];
  if (!match || !phrase) return null;
  const words = phrase.split(/\s+/);
  let first = 0;
  if (QUALIFIER.test(words[first] ?? '')) first++;
  if (DETERMINER.test(words[first] ?? '')) first++;
  const head = words.findIndex((w, i) => i >= first && i < first + 5 && PERSON_NOUNS.has(w.toLowerCase()));
  if (head < 0) return null;
  const rest = words.slice(head + 1).join(' ');
  if (!AFTER_HEAD.test(rest.length === 0 ? '' : `${rest} `)) return null;
  const outsideRelative = phrase.split(/\s(?:who|whose)\s/i)[0] ?? '';
  if (FINITE.test(outsideRelative)) return null;
  // "…, a military psychiatrist who examined Ford at the … Center in Landstuhl, Germany, there had been …": a place's region
  // after its comma closes the address, not the appositive.
  const region = /\b(?:in|at)\s+\p{Lu}[\p{L}.'’-]*$/u.test(phrase)
    ? /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?,/u.exec(text.slice(from + match[0].length, end))
    : null;
  return match[0].trimEnd().length + (region ? match[0].length - match[0].trimEnd().length + region[0].length : 0);
}
