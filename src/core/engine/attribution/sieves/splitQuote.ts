import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { chantedQuote } from './chantedQuote';
import type { DirectSieve } from './direct';
import { hasOwnCue } from './ownCue';

/** Whether the words between a cue and the next quote only describe the speaker: ", 34, a nurse." */
function onlyAppositive(between: string): boolean {
  if (/["“”]/.test(between) || !/[,.;:—–-]\s*$/.test(between)) return false;
  const words = between.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= 30 && !words.some((w) => isSpeechVerb(w.replace(/[^\p{L}]/gu, '')));
}

/**
 * A quote split around its attribution shares it: `"…," she said, "…"`; so does a quote that carries on
 * after a led-in one with only a colon or comma between them: `X told Sky News any process "…": "…"`.
 */
export const splitQuote: DirectSieve = (c) => {
  const { block, text, direct, previous } = c;
  const ledIn = previous?.cue && previous.block === block && previous.cue.block === block && previous.cue.end <= previous.start;
  // "asked: “What are you doing?” “Well, Mr. President,” the janitor responded": a quote with a cue of its own is another's.
  if (ledIn && previous.speaker && /^["”’]?[\s:;,—–-]*$/.test(text.slice(previous.end, direct.open)) && !hasOwnCue(text, direct.close))
    return { ...previous, start: direct.start, end: direct.end, kind: 'direct', sieve: 'split-quote' };
  if (!previous?.cue || previous.block !== block || previous.cue.block !== block || previous.cue.start <= previous.end || previous.cue.end > direct.open)
    return null;
  const between = text.slice(previous.cue.end, direct.open);
  const chanted = chantedQuote(c, between, previous.cue.end, 'split-quote');
  if (chanted || !onlyAppositive(between)) return chanted;
  return { ...previous, start: direct.start, end: direct.end, kind: 'direct', sieve: previous.speaker ? 'split-quote' : 'none' };
};
