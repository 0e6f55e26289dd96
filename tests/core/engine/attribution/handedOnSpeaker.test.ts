import { describe, expect, test } from 'vitest';
import { handedOnSpeaker } from '../../../../src/core/engine/attribution/handedOnSpeaker';
import type { ParagraphState } from '../../../../src/core/engine/attribution/paragraphState';
import { attributed, unattributed, type FoundQuote } from '../../../../src/core/engine/attribution/types';
import { findDirectQuotes } from '../../../../src/core/engine/directQuotes';
import { walkedTo } from './walkedTo';

// handedOnSpeaker.ts: the speaker a paragraph hands on to a direct quote no sieve attributed (here: one the sieves left
// open), or null for quoted words nobody speaks, or `short` for a phrase of two or three words with no cue. Sentences
// from the development half of tests/fixtures/real, each one paragraph read after its headline.

/** Who `quote` (its index among the paragraph's quotes) is handed on to, after `before`, a quote given to `speaker` by `cue`. */
function handedOn(text: string, quote: number, before?: { quote: number; speaker: string; cue: string }) {
  const { walk, texts, entities } = walkedTo(1, 'Headline', text);
  const directs = findDirectQuotes(text);
  const direct = directs[quote];
  if (!direct) throw new Error(`no quote ${quote}`);
  let lastDirect: FoundQuote | null = null;
  const earlier = before && directs[before.quote];
  const entity = before && entities.find((e) => e.name === before.speaker);
  if (before && earlier && entity) {
    const [at, cueAt] = [text.indexOf(before.speaker), text.indexOf(before.cue)];
    const subject = { ref: { block: 1, start: at, end: at + before.speaker.length }, entity, resolution: 'name' as const, antecedent: null };
    lastDirect = attributed(unattributed(1, earlier, 'direct'), subject, { block: 1, start: cueAt, end: cueAt + before.cue.length }, 'leading-cue');
  }
  const state: ParagraphState = {
    block: 1,
    text,
    directs,
    handedOn: null,
    quoteOnly: false,
    intro: null,
    quotes: lastDirect ? [lastDirect] : [],
    lastDirect,
    nextDirect: quote,
  };
  const c = { block: 1, text, range: { start: 0, end: text.length }, direct, previous: lastDirect, cues: walk.cues, entities };
  const walkSoFar = { texts, mentions: walk.mentions, discourse: walk.discourse, previousBlockQuote: null, runsOn: false };
  const found = handedOnSpeaker(unattributed(1, direct, 'direct'), c, state, walkSoFar);
  if (!found) return null;
  const [shape, got] = 'found' in found ? (['found', found.found] as const) : (['short', found.short] as const);
  return { shape, words: text.slice(got.start, got.end), speaker: got.speaker?.name ?? null };
}

// wikinews-trump-may-declare-state-of-emergency-border-wall-2019-01-07.
const SCHUMER =
  'The Senate Minority Leader, Chuck Schumer, said on Friday "We made a plea to the president once again: don\'t hold hundreds of thousands of federal workers hostage" and "So we told the president we needed the government open. He resisted."';

describe('a quote no sieve attributed', () => {
  test('a quote joined by "and" to the one before goes on in its speaker’s words: Chuck Schumer', () => {
    expect(handedOn(SCHUMER, 1, { quote: 0, speaker: 'Chuck Schumer', cue: 'Chuck Schumer, said' })).toEqual({
      shape: 'found',
      words: 'So we told the president we needed the government open. He resisted.',
      speaker: 'Chuck Schumer',
    });
  });

  test('the joined quote stays unattributed when the quote before has no speaker either', () => {
    expect(handedOn(SCHUMER, 1)).toEqual({ shape: 'found', words: 'So we told the president we needed the government open. He resisted.', speaker: null });
  });

  // gv-russia-violence-opposition-debate-tactics-2012-05-07.
  test('a film’s title in quote marks ("the 1994 Russian film "Burnt by the Sun"") is no quote', () => {
    const text =
      'In the article, Kashin compared the opposition\'s situation to that of the protagonist of the 1994 Russian film "Burnt by the Sun", where a naive Soviet general is betrayed by Stalinism and arrested by the secret police.';
    expect(handedOn(text, 0)).toBeNull();
  });

  // gv-china-al-jazeera-melissa-chan-expelled-2012-05-09.
  test('a documentary’s title is no quote; a three-word phrase with no cue ("the so-called the "state sponsored slavery"") is a short phrase', () => {
    const text =
      'Foreign Ministry spokesman Hong Lei offered little explanation for the expulsion, but online speculation points to Al Jazeera\'s 2011 documentary "Slavery: An 21st Century Evil", highly critical of China\'s labour reeducation system, or the so-called the "state sponsored slavery", and which features undercover filming from inside China labour reeducation prisons.';
    expect(handedOn(text, 0)).toBeNull();
    expect(handedOn(text, 1)).toEqual({ shape: 'short', words: 'state sponsored slavery', speaker: null });
  });
});
