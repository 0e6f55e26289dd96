import { ANNOUNCING } from '../../lexicon/announcingVerbs';
import { hasPastForm } from './pastForm';
import { COUNTED_OBJECT } from './announcedObject';

/**
 * A count of cases given out as the object of "reported" or "confirmed", and where it ends: `Chilean military authorities
 * reported 36 infections with COVID-19 at General Bernardo O'Higgins Riquelme Base in Trinity Peninsula, Antarctica`,
 * `the local health secretary reported one more case in Las Estrellas' village, where …`
 * (wikinews-chile-covid-19-outbreak-antarctica-2020-12-26). The guide gives the count, with where it was counted, as
 * the content (docs/annotation-guide.md, "Directive and object-noun cues"); how or when it was given out is the cue's.
 */

/**
 * A comma or a semicolon, or a time or a means after the count, which tells when or how it was given out: `on Tuesday`,
 * `by phone`, `yesterday`. Not a comma before "including", whose part belongs to the count: `reported 1,051,635 confirmed
 * cases, including 79,332 cases in the twenty four hours preceding …`
 * (wikinews-sars-cov-2-surpasses-one-million-infections-2020-04-05), `has reported more cases of measles, including 165
 * in the single day before the shutdown began` (wikinews-samoa-measles-vaccination-shutdown-2019-12-07).
 */
const COUNT_END =
  /\s*;|\s*,(?!\S|\s+including\b)|\s+(?:by|via|through|during|when|while|as|despite|after|before|yesterday|today|tonight|earlier|later|last|(?:on|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\b/gu;

/** A day, perhaps with "on", and its comma, between the verb and the count: `reported on Tuesday, 21 confirmed cases`. */
const DAY_FIRST = /^\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s*,(?=\s)/;

/** An auxiliary or a past form: the words before the count's comma hold a clause of their own, not a count alone. */
const CLAUSE_VERB = /\b(?:is|are|was|were|be|been|will|would|can|could|should|must|may|might|has|have|had|do|does|did)\b/u;

/**
 * Where a counted object starts after a counting verb (lower case), at `verbEnd` in `text` (UTF-16 offsets, `end` the
 * sentence's): past a day set off by a comma. Null when no count follows, or when the words up to the count's first
 * comma hold a verb, as a clause's do ("reported 32 people were hospitalised").
 */
export function countedObjectStart(lower: string, text: string, verbEnd: number, end: number): number | null {
  if (!ANNOUNCING.has(lower)) return null;
  const day = DAY_FIRST.exec(text.slice(verbEnd, end));
  const start = verbEnd + (day?.[0].length ?? 0);
  const after = text.slice(start, end);
  if (!COUNTED_OBJECT.test(after)) return null;
  // "21 confirmed cases of the virus on Chilean Navy's Sergeant Aldea supply vessel that visited the base …": a relative
  // clause describes the count's noun; its verb is no clause's of the count's own.
  const firstPart = (after.split(/;|,(?!\S|\s+including\b)/, 1)[0] ?? '').split(/\b(?:that|which|who)\b/, 1)[0] ?? '';
  return CLAUSE_VERB.test(firstPart) || hasPastForm(firstPart.replace(/\bconfirmed\b/, '')) ? null : start;
}

/** Where a counted object starting at `start` ends, before `stop`: at its first comma, or a time or means (`COUNT_END`). */
export function countedObjectEnd(text: string, start: number, stop: number): number {
  const end = [...text.slice(start, stop).matchAll(COUNT_END)].find((m) => m.index > 0);
  return end ? start + end.index : stop;
}
