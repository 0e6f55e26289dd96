import { isSpeechVerb } from '../../lexicon/reportingVerbs';

/** A trailing cue right after a closing mark: `” the janitor responded`, `,” a spokesman said`. */
const TRAILING = /^[\s,”"’]*(?:the|a|an|one|another)\s+((?:[\p{L}'’-]+\s+){0,3}\p{L}+)/iu;

/**
 * Whether a quote is followed by a cue of its own naming an unnamed speaker (`“Well, Mr. President,” the janitor
 * responded`): the trailing-cue sieve found no one it could name, and the quote is still not the previous speaker's.
 * `close` is the offset of the quote's closing mark (UTF-16 code units).
 */
export function hasOwnCue(text: string, close: number | null): boolean {
  if (close === null) return false;
  const words = TRAILING.exec(text.slice(close + 1, close + 80))?.[1]?.split(/\s+/) ?? [];
  // The noun comes first ("the janitor responded", "a senior official said"): a speech verb after it.
  return words.slice(1).some((w) => isSpeechVerb(w));
}
