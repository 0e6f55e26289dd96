import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { latterOrFormer } from '../../../../src/core/engine/attribution/latterFormer';
import { MentionIndex } from '../../../../src/core/engine/attribution/mentions';
import { analyze, attribution } from './helpers';

// latterFormer.ts: "the latter" and "the former" pick one of the two names the text just joined by "and".

// wikinews-pge-helicopter-crashes-near-fairfield-2020-06-04 (development half).
const PGE =
  'Investigations have been launched by the Federal Aviation Administration and the National Transportation Safety Board, with the latter yesterday confirming on Twitter they were "not traveling to the crash scene at this time." Wikinews approached the NTSB regarding their decision not to visit the site, but as of today the board\'s press office did not respond.';

/** The entity "the latter" or "the former" picks at its first place in `text`, read alone. */
function picked(text: string, words: string): string | null {
  const texts = [text];
  const mentions = new MentionIndex(texts, findEntities(texts));
  return latterOrFormer(text, 0, text.indexOf(words), mentions)?.entity?.name ?? null;
}

test('"the latter" after two bodies joined by "and" is the second of them', () => {
  expect(picked(PGE, 'the latter')).toBe('National Transportation Safety Board');
});

test('"the former" is the first of the pair', () => {
  expect(picked(PGE.replace('the latter', 'the former'), 'the former')).toBe('Federal Aviation Administration');
});

test('"the latter" after a person and a body, or after one name alone, picks no one', () => {
  // The same sentence with a person joined to the board: a pair of unlike kinds leaves "the latter" unread.
  expect(picked(PGE.replace('the Federal Aviation Administration', 'Robert Sumwalt'), 'the latter')).toBeNull();
  expect(picked(PGE.replace('the Federal Aviation Administration and ', ''), 'the latter')).toBeNull();
});

test('"The latter … confirmed they were "…"" is the second body\'s words', () => {
  const article = analyze(
    'PG&E helicopter crashes near Fairfield',
    'Investigations have been launched by the Federal Aviation Administration and the National Transportation Safety Board. The latter yesterday confirmed on Twitter they were "not traveling to the crash scene at this time."',
  );
  expect(attribution(article, 'not traveling to the crash scene')).toMatchObject({ speaker: 'National Transportation Safety Board', resolution: 'role' });
});
