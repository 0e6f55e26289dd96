import { expect, test } from 'vitest';
import { quotesByBlock } from '../../../../src/core/engine/assemble/quotes';
import { entityIds } from '../../../../src/core/engine/assemble/entityIds';
import type { Slot } from '../../../../src/core/engine/assemble/slots';
import { person, quote } from './helpers';

const slots: Array<Slot> = [
  { id: 'headline', role: 'headline', text: 'Port votes' },
  { id: 'p1', role: 'paragraph', text: 'Mayor Dana Lutz said:' },
  { id: 'p2', role: 'paragraph', text: 'We are ready. "Go," she said.' },
];

test('quotes are numbered in the order found, and a cue in another paragraph names that paragraph', () => {
  const lutz = person('Dana Lutz', [1, 6, 15]);
  const block = {
    ...quote(2, 0, 13, lutz, null, 'name'),
    cue: { block: 1, start: 6, end: 20 },
    speakerRef: { block: 1, start: 6, end: 15 },
    sieve: 'colon-block' as const,
  };
  const inline = quote(2, 15, 18, lutz, [20, 23], 'pronoun');
  const ids = entityIds([lutz]);
  const seen: Array<string> = [];
  const byBlock = quotesByBlock(slots, [block, inline], ids, (id, key) => seen.push(`${id} ${key}`));
  expect(byBlock[2]?.map((q) => [q.id, q.text, q.speakerId])).toEqual([
    ['q1', 'We are ready.', ids.get(lutz)],
    ['q2', 'Go,', ids.get(lutz)],
  ]);
  expect(byBlock[2]?.[0]?.cue).toEqual({ start: 6, end: 20, text: 'Dana Lutz said', blockId: 'p1' });
  expect(byBlock[2]?.[1]?.speakerRef).toEqual({ start: 20, end: 23, text: 'she' });
  expect(seen).toEqual(['q1 colon-block/name', 'q2 trailing-cue/pronoun']);
});

test('a quote with no speaker is unattributed with no confidence', () => {
  const [q] = quotesByBlock(slots, [quote(2, 15, 18, null, null, 'pronoun')], new Map())[2] ?? [];
  expect(q).toMatchObject({ speakerId: null, resolution: 'unattributed', antecedent: null, confidence: 0 });
});
