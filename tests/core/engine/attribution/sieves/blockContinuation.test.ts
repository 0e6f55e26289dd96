import { expect, test } from 'vitest';
import { excerptable } from '../../../../../src/core/engine/attribution/sieves/blockContinuation';
import { analyze, quotesOf } from '../helpers';

// sieves/blockContinuation.ts: which paragraphs set off by a colon cue are the quotation's. Headings from fresh US Army
// and digital.gov pages; the quotations from Global Voices (development half).

test('a heading in title case after a colon cue is no block quotation', () => {
  expect(excerptable('Specifics of the Cluster Munition', false, false)).toBe(false);
  expect(excerptable('How Ideas Turn Into Campaigns', false, false)).toBe(false);
  expect(excerptable('I deeply regret the death of #CarlosFuentes', false, false)).toBe(true);
  expect(excerptable('Yes God keep it a land of peace. God loves this country.', false, false)).toBe(true);
});

test('the heading is not given to the colon cue before it', () => {
  const article = analyze(
    'Cluster Munitions No More',
    'Even the State Department agrees. As of today, a State Department webpage explains:',
    'Specifics of the Cluster Munition',
    'The U.S. Army developed a new warhead for its Guided Multiple Launch Rocket System that will service large, soft-skinned, area targets.',
  );
  expect(quotesOf(article).map((q) => q.text)).not.toContain('Specifics of the Cluster Munition');
});
