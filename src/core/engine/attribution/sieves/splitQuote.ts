import { isSpeechVerb } from '../../lexicon/speechVerbs';
import type { DirectSieve } from './direct';

/** Whether the words between a cue and the next quote only describe the speaker: ", 34, a nurse." */
function onlyAppositive(between: string): boolean {
  if (/["“”]/.test(between) || !/[,.;:—–-]\s*$/.test(between)) return false;
  const words = between.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= 30 && !words.some((w) => isSpeechVerb(w.replace(/[^\p{L}]/gu, '')));
}

/** A quote split around its attribution shares it: `"…," she said, "…"`. */
export const splitQuote: DirectSieve = ({ block, text, direct, previous }) => {
  if (
    !previous?.cue ||
    previous.block !== block ||
    previous.cue.block !== block ||
    previous.cue.start <= previous.end ||
    previous.cue.end > direct.open ||
    !onlyAppositive(text.slice(previous.cue.end, direct.open))
  )
    return null;
  return { ...previous, start: direct.start, end: direct.end, kind: 'direct', sieve: previous.speaker ? 'split-quote' : 'none' };
};
