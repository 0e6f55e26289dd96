import { isSpeechVerb } from '../../lexicon/reportingVerbs';

/** A trailing cue right after a closing mark: `” the janitor responded`, `,” a spokesman said`. */
const TRAILING = /^[\s,”"’]*(?:the|a|an|one|another)\s+((?:[\p{L}'’-]+\s+){0,3}\p{L}+)/iu;

/** The words after a closing mark up to the next stop or quote mark, at most twelve. */
const AFTER = /^[\s”"’]*((?:[^\s.!?;:"“”]+\s+){0,11}[^\s.!?;:"“”]+)/u;

/**
 * Whether a quote is followed by a cue of its own naming an unnamed speaker (`“Well, Mr. President,” the janitor
 * responded`), or naming, after a closing comma, someone the trailing-cue sieve could not read (`,” 1st Fleet Command's Navy
 * Information Agency head Arba Agung told`): the sieve found no one it could name, and the quote is still not the
 * previous speaker's.
 * `close` is the offset of the quote's closing mark (UTF-16 code units).
 */
export function hasOwnCue(text: string, close: number | null): boolean {
  if (close === null) return false;
  const words = TRAILING.exec(text.slice(close + 1, close + 80))?.[1]?.split(/\s+/) ?? [];
  // The noun comes first ("the janitor responded", "a senior official said"): a speech verb after it.
  if (words.slice(1).some((w) => isSpeechVerb(w))) return true;
  // A quote closed by a comma whose cue names someone the trailing-cue sieve could not read; the comma may follow the mark
  // (`"We will be standing guard on her behalf until she returns here", Demriel promised`, a misspelt name:
  // wikinews-istanbul-court-acquits-pinar-selek-fourth-time-2014-12-20).
  const comma = /,["”’]?$/.test(text.slice(close - 1, close + 1)) || /^\s*,/.test(text.slice(close + 1));
  const after = comma ? (AFTER.exec(text.slice(close + 1, close + 120))?.[1]?.split(/\s+/) ?? []) : [];
  // `,” said one of the judges, Lord Justice Maurice Kay.` (Wikinews Shorts, April 2007): a speech verb right after the
  // closing comma opens an inverted cue whose speaker follows it, whoever the trailing-cue sieve could not read there.
  if (/^\p{Ll}/u.test(after[0] ?? '') && isSpeechVerb(after[0] ?? '')) return true;
  return after.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && isSpeechVerb(w) && /^\p{Lu}\p{Ll}/u.test(after[i - 1] ?? ''));
}
