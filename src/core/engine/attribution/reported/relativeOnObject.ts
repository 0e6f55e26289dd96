import { LANGUAGE_TAG } from '../../languageTag';
import type { Subject } from '../types';

/** What stands between a name and the verb of a relative clause on it: perhaps a link's language tag, then ", who ". */
const WHO_AFTER_NAME = new RegExp(String.raw`^(?:\s*${LANGUAGE_TAG})?,\s+who\s+(?:(?:also|then|later|had|has|have)\s+)?$`, 'u');

/** At most four words that lead to the name as the object's head: "the remarks of ", "his old rival ". */
const LEAD_TO_NAME = /^\s*(?:[\p{L}'’-]+\s+){0,4}$/u;

/**
 * Where the object of a cue ends when a name in it opens a relative clause that reports the name's own words: "Jomra
 * unequivocally criticizes President García [es], who said [es] that the protesters were wrong …"
 * (gv-peru-responsibility-casualties-amazon-conflict-2009-06-08). "who" is García, so the that-clause is his, and the
 * critic's object is only "President García". `named` is the later cue's subject, as the subject reader found it before
 * the relative verb at `verbStart`; `contentStart` is where the first cue's content starts (UTF-16 offsets into `text`). The name's end,
 * or null when the name is not the object's head (more than a few words before it), is no name the engine knows, or the
 * first cue opens a clause with "that" (its content is a clause, which a relative clause inside does not end).
 */
export function objectBeforeRelative(text: string, contentStart: number, named: Subject, verbStart: number): number | null {
  if (named.resolution !== 'name' || named.entity === null || named.ref.start < contentStart) return null;
  if (/\bthat\s*$/i.test(text.slice(Math.max(0, contentStart - 6), contentStart))) return null;
  if (!LEAD_TO_NAME.test(text.slice(contentStart, named.ref.start)) || !WHO_AFTER_NAME.test(text.slice(named.ref.end, verbStart))) return null;
  return named.ref.end;
}
