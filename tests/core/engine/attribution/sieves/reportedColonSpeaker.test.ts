import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/reportedColonSpeaker.ts: in "X notes that Y said:" the block after the colon is Y's, or nobody's, never X's.

const COLOMBIA = 'Colombia: May Day Nationwide Demonstrations';
const BLOCK = 'Elections are upon us in Lesotho.';

describe('a reported speaker before a colon', () => {
  // break31 probe c10: a Global Voices round-up reporting what a blogger relays.
  test("the block after 'Khotso From Lesotho notes that Prime Minister Mosisili said:' is Mosisili's", () => {
    const article = analyze(COLOMBIA, 'Khotso From Lesotho notes that Prime Minister Mosisili said:', BLOCK);
    expect(attribution(article, BLOCK)).toMatchObject({ kind: 'direct', speaker: 'Mosisili', resolution: 'name' });
  });

  // break31 probe c11.
  test("the block after 'Khotso From Lesotho reports that the electoral commission announced:' is never the reporter's", () => {
    const article = analyze(COLOMBIA, 'Khotso From Lesotho reports that the electoral commission announced:', BLOCK);
    expect(attribution(article, BLOCK)?.speaker).not.toBe('Khotso From Lesotho');
  });

  test("a passive inner verb leaves the block unattributed, not the reporter's", () => {
    const article = analyze(COLOMBIA, 'Khotso From Lesotho writes that the voters were told:', BLOCK);
    expect(attribution(article, BLOCK)).toMatchObject({ kind: 'direct', speaker: null });
  });

  test("a that-clause that ends in no speech verb keeps the reporter's cue", () => {
    const article = analyze(COLOMBIA, 'Khotso From Lesotho writes that the elections are too many:', BLOCK);
    expect(attribution(article, BLOCK)).toMatchObject({ kind: 'direct', speaker: 'Khotso From Lesotho' });
  });
});
