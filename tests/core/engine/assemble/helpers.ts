import type { FoundQuote } from '../../../../src/core/engine/attribution/types';
import type { FoundEntity } from '../../../../src/core/engine/entities/types';

/** A person the name pass found, with mentions at the given [block, start, end) places. */
export const person = (name: string, ...at: Array<[number, number, number]>): FoundEntity => ({
  key: name,
  type: 'person',
  name,
  role: null,
  aliases: new Set([name]),
  mentions: at.map(([block, start, end]) => ({ block, start, end, form: 'name' as const })),
  roleWords: new Set(),
});

/** A direct quote at [start, end) of a block that `speaker` said through `ref`, resolved as given. */
export const quote = (
  block: number,
  start: number,
  end: number,
  speaker: FoundEntity | null,
  ref: [number, number] | null,
  resolution: FoundQuote['resolution'],
): FoundQuote => ({
  block,
  start,
  end,
  kind: 'direct',
  speaker,
  cue: ref ? { block, start: ref[0], end: ref[1] + 5 } : null,
  speakerRef: ref ? { block, start: ref[0], end: ref[1] } : null,
  resolution,
  antecedent: null,
  sieve: 'trailing-cue',
  confidence: 0,
});
