import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/**
 * A screen name standing alone as a cue's subject: one token of letters and digits with a lower-case letter, ending in a
 * digit (`major181226`, `Purno5`), or with an underscore in it (`kimi_no`). A word has neither mark, a model or unit name
 * (`G8`, `MH17`, `COVID-19`) no lower-case letter; a hyphen or a full stop is a word's too (`e-mail`), so neither counts,
 * and a site's name with a digit inside it is no user's (`In2EastAfrica`, gv-africa-local-content-oil-curse-2012-05-09).
 */
const SCREEN_NAME = /^(?=[\p{L}\p{N}_]*\p{Ll})\p{L}(?:[\p{L}\p{N}]{1,28}\p{N}|[\p{L}\p{N}]*_[\p{L}\p{N}_]*)(?![\p{L}\p{N}_@.'’-]\p{L})/u;

/** Whether a whole name is a screen name's shape (`SCREEN_NAME`): a user's, a citizen giving their own view. */
export const isScreenName = (name: string): boolean => SCREEN_NAME.exec(name)?.[0] === name;

/**
 * Words that may follow a screen name closing an inverted cue (`posted Purno5 on the forum`, `wrote kimi_no yesterday`):
 * a preposition or an adverb of time. A lower-case noun there makes the token a modifier, not a user: `"We tried," added
 * covid19 patients in a statement` (lane break33).
 */
const AFTER_NAME = /^(?:on|in|at|under|below|above|from|to|via|after|before|about|also|then|later|earlier|today|yesterday)$/;

/** Whether the word after a screen name lets it stand alone as a subject: a speech verb or an `AFTER_NAME` word. */
const closesName = (next: string): boolean => next === '' || AFTER_NAME.test(next) || isSpeechVerb(next);

/**
 * Where a screen name starts a cue's subject at `at` of `text` (UTF-16 offsets, half-open), when it is followed by a mark
 * closing its clause, or a space and a speech verb, a preposition or an adverb of time (`closesName`): the user a
 * round-up quotes by the name they comment under, with no platform word before it (`"Please make merit for the old man. …," major181226 responded to the Youtube clip about Akong. "…?" posted
 * Purno5.`, gv-thailand-akong-dies-in-prison-2012-05-12). The guide's "Comments under a user name" makes that name, as
 * printed, the speaker. Null when the words at `at` are no such name.
 */
export function screenNameAt(text: string, at: number): { start: number; end: number } | null {
  const m = SCREEN_NAME.exec(text.slice(at, at + 40));
  const after = text.slice(at + (m?.[0].length ?? 0));
  if (!m || !/^(?:\s|[.,;!?]|$)/.test(after)) return null;
  if (/^\s/.test(after) && !closesName(/^\s+(\p{L}*)/u.exec(after)?.[1] ?? '')) return null;
  return { start: at, end: at + m[0].length };
}

/**
 * The speaker a screen name at `at` of a block names (`screenNameAt`), as written: a source of its own. Null when no
 * screen name is there, or when the name pass read an entity in it (the passes that read it speak for it).
 */
export function screenNameSubject(reader: SubjectReader, block: number, at: number): Subject | null {
  const name = screenNameAt(reader.texts[block] ?? '', at);
  if (!name || reader.mentions.between(block, name.start, name.end).some((m) => m.end > name.start)) return null;
  return reader.handleSource(block, name.start, name.end);
}
