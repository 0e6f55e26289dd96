import { expect, test } from 'vitest';
import { versesOn } from '../../../../../src/core/engine/attribution/sieves/verseLines';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/verseLines.ts: a poem quoted after a colon cue, one line a paragraph, goes on line by line.

const CUE =
  'In addition to bringing spiritual comfort, folk healers inspire artists, like the writer Sinval Santos da Silveira, who tells us the story and secret of a woman who lived in a very humble house, with no electricity or running water:';
const POEM = [
  'Mulher de idade avançada, magrinha, mal alimentada,',
  'e de um coração cheio de bondade...',
  'Sobre uma pequena mesa, a imagem da Santa, em',
  'quem deposita sua fé e a sua vida.',
];

test("each line of a poem set off by a colon cue is the poet's (gv-brazil-folk-healers-benzedeiras-2012-05-15)", () => {
  const article = analyze("Brazil: 'Hands That Cure, Words That Heal'", CUE, ...POEM);
  for (const line of POEM) expect(attribution(article, line.slice(0, 20))).toMatchObject({ kind: 'direct', speaker: 'Sinval Santos da Silveira' });
});

test("a prose quotation of one short sentence is no poem: the writer's short line after it is not carried on", () => {
  const texts = ['Headline', 'Ricardo wrote:', 'The healers are disappearing.', 'Most are elderly.'];
  expect(
    versesOn(
      texts,
      texts.map(() => true),
      1,
      3,
    ),
  ).toBe(false);
  const article = analyze('Brazil: Healers', 'Journalism student Angélica Weise wrote:', 'They are part of popular culture.', 'Most live in the countryside.');
  expect(quotesOf(article).filter((q) => q.text.startsWith('Most live'))).toEqual([]);
});

test('a long paragraph, or a line ending in a colon, ends the poem', () => {
  const texts = ['Headline', CUE, POEM[0] ?? '', `${'A long paragraph of prose that runs on and on '.repeat(3)}.`, 'Another wrote:'];
  expect(
    versesOn(
      texts,
      texts.map(() => true),
      1,
      3,
    ),
  ).toBe(false);
  expect(
    versesOn(
      texts,
      texts.map(() => true),
      1,
      4,
    ),
  ).toBe(false);
});
