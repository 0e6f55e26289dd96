import { expect, test } from 'vitest';
import { slotsOf, slotTexts } from '../../../../src/core/engine/assemble/slots';

test('blocks keep the ids the reader links to: headline, byline, paragraphs, figures and the source credit', () => {
  const slots = slotsOf({
    headline: 'Council votes',
    byline: 'By Ana Ruiz',
    dateline: null,
    paragraphs: ['First.', 'Second.'],
    figures: [
      { kind: 'photo', caption: 'The hall', credit: 'Reuters', afterParagraph: 1 },
      { kind: 'photo', caption: 'The mayor', credit: null, afterParagraph: 2 },
    ],
    sourceCredit: 'With input from AFP',
  });
  expect(slots.map((s) => `${s.id}:${s.role}`)).toEqual([
    'headline:headline',
    'byline:byline',
    'p1:paragraph',
    'p2:paragraph',
    'figure-1-caption:caption',
    'figure-1-credit:credit',
    'figure-2-caption:caption',
    'source-credit:source',
  ]);
});

test('an article without a byline starts its paragraphs right after the headline', () => {
  const slots = slotsOf({ headline: 'H', byline: null, dateline: null, paragraphs: ['Only.'], figures: [], sourceCredit: null });
  expect(slots.map((s) => s.id)).toEqual(['headline', 'p1']);
});

test("the analysis and the entities' assembly read one array of an article's texts, so what is kept for it is read once", () => {
  const slots = slotsOf({
    headline: 'Council votes',
    byline: null,
    dateline: null,
    paragraphs: ['"We will vote," the mayor said.'],
    figures: [],
    sourceCredit: null,
  });
  expect(slotTexts(slots)).toEqual(['Council votes', '"We will vote," the mayor said.']);
  expect(slotTexts(slots)).toBe(slotTexts(slots));
});
