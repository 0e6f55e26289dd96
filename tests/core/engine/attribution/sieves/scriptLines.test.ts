import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/scriptLines.ts: the time-stamped lines of a translated video script set off after a colon.
// Paragraphs kept verbatim from gv-taiwan-tao-nuclear-nightmare-2012-05-11 (Global Voices, May 2012).

const HEADLINE = "Taiwan: Indigenous Tao People's 30 Year Nuclear 'Nightmare'";
const LEAD_IN = 'Here is selected translation of the video script:';
const FIRST =
  '0\'18": To the Tao people of Orchid Island, the scene of first shipment of nuclear waste in the harbor of the Orchid Island in 1982 is a 30-year-long nightmare.';
const CHEN =
  '5\'19": (Former President Chen Shui-Bian said on TV): Our policy about nuclear waste on Orchid Island is very clear. We will move all the nuclear waste out of Orchid Island before the end of 2002.';
const MAGISTRATE =
  '5\'40": The township magistrate of the Orchid Island asked, "Did the people on Orchid Island produce this nuclear waste? Who produced it?" The crowd answered, "Taiwan."';

test('each time-stamped line of a script set off by a colon line is a direct quote, its time stamp left out, with no speaker', () => {
  const article = analyze(HEADLINE, LEAD_IN, FIRST, CHEN, MAGISTRATE);
  expect(attribution(article, 'To the Tao people of Orchid Island')).toMatchObject({ kind: 'direct', speaker: null });
  expect(quotesOf(article).some((q) => q.text.startsWith("0'18"))).toBe(false);
});

test("a line with its own label naming a speaker by a speech verb is that speaker's, from after the label", () => {
  const article = analyze(HEADLINE, LEAD_IN, FIRST, CHEN, MAGISTRATE);
  expect(attribution(article, 'Our policy about nuclear waste')).toMatchObject({ kind: 'direct', speaker: 'Chen Shui-Bian' });
  expect(quotesOf(article).some((q) => q.text.startsWith('(Former President'))).toBe(false);
});

test('the quotes inside a script line are still found beside the line', () => {
  const article = analyze(HEADLINE, LEAD_IN, FIRST, CHEN, MAGISTRATE);
  const texts = quotesOf(article).map((q) => q.text);
  expect(texts.some((t) => t.startsWith('The township magistrate of the Orchid Island asked'))).toBe(true);
  expect(texts).toContain('Did the people on Orchid Island produce this nuclear waste? Who produced it?');
});

test('a lone time-stamped line, or one with no colon line before its run, is no script', () => {
  expect(quotesOf(analyze(HEADLINE, LEAD_IN, FIRST)).some((q) => q.text.startsWith('To the Tao people'))).toBe(false);
  expect(quotesOf(analyze(HEADLINE, 'The documentary runs for ten minutes.', FIRST, CHEN)).some((q) => q.text.startsWith('To the Tao people'))).toBe(false);
});

// Hostile variants of the script's shape (lane break33): timed lines after a colon line that names no recording.
test("a race's timed splits after a colon line are the writer's, not quotes", () => {
  const article = analyze(
    'Bolt wins the final',
    'Here is how the race unfolded:',
    '1\'05": Bolt takes the lead after a fast start.',
    '1\'58": Gay closes the gap but it is too late.',
  );
  expect(quotesOf(article)).toEqual([]);
});

test("a roster's heights in feet and inches after a colon line are no script lines", () => {
  const article = analyze('The new squad', 'The roster heights were published:', '5\'11": Smith, a guard from Ohio.', '6\'02": Jones, a forward from Texas.');
  expect(quotesOf(article)).toEqual([]);
});
