import { opensClauseAfterComma } from './clauseStart';

/**
 * A platform a post went out on, perhaps with the time it did, then a comma: "via Twitter around 11:30 am (1830 UTC),"
 * (wikinews-scheduled-power-outages-northern-california-2019-10-09), "on Facebook at 2 pm,". The time may carry a
 * converted time in brackets.
 */
const PLATFORM_AND_TIME =
  /^\s+(?:via|on|over|through)\s+(?:Twitter|Facebook|Instagram|YouTube|Weibo|Telegram|social\s+media|(?:its|his|her|their)\s+(?:website|account|page|blog))(?:\s+(?:around|at|about|shortly\s+after|shortly\s+before)\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s*\([^()]{1,24}\))?)?\s*,/iu;

/**
 * A listener named by a capitalised name of up to four words, then a comma: "told CNN," in "Connie Moganedi, a
 * spokeswoman for the police department of nearby Cullinan, told CNN, neighbors from other lodges nearby attempted, but
 * were unable, to save van Biljon" (wikinews-south-african-lion-man-killed-by-lions-2019-08-22).
 */
const NAMED_LISTENER_COMMA = /^\s+(?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}\s*,/u;

/** A verb of a clause within its first words: an auxiliary or a modal ("phase one had been completed"). */
const AUXILIARY_SOON = /^\s+(?:[\p{L}\d'’-]+\s+){1,5}?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\s+\p{Ll}/u;

/**
 * Where the content of a cue verb starts past a platform and a time (`announced via Twitter around 11:30 am (1830 UTC),
 * phase one had been completed`), when a clause with no "that" follows the comma: what was said then opens there. `at`
 * is a UTF-16 offset in `text` right after the verb; null when the words there are no platform or no clause follows.
 */
export function pastPlatform(text: string, at: number): number | null {
  const medium = PLATFORM_AND_TIME.exec(text.slice(at, at + 120));
  if (!medium) return null;
  const end = at + medium[0].length;
  return opensClauseAfterComma(text, end) || AUXILIARY_SOON.test(text.slice(end, end + 80)) ? end : null;
}

/**
 * Where the content of "told" starts past a listener named and a comma (`told CNN, neighbors from other lodges nearby
 * attempted …`), when a clause with no "that" follows; null otherwise. `at` is a UTF-16 offset in `text` right after the verb,
 * `lower` the verb in lower case (only "told" and "tells" are read so).
 */
export function pastNamedListener(text: string, at: number, lower: string): number | null {
  const listener = /^(?:told|tells)$/.test(lower) ? NAMED_LISTENER_COMMA.exec(text.slice(at, at + 80)) : null;
  if (!listener) return null;
  const end = at + listener[0].length;
  return opensClauseAfterComma(text, end) ? end : null;
}
