import { describe, expect, test } from 'vitest';
import { beforeAccordingTo } from '../../../../../src/core/engine/attribution/reported/accordingAfter';
import { analyze, quotesOf } from '../helpers';

// reported/accordingAfter.ts: an "according to" after a cue verb's content ends that content.

const reported = (...paragraphs: Array<string>) =>
  quotesOf(analyze('Headline', ...paragraphs))
    .filter((q) => q.kind === 'reported')
    .map((q) => [q.text, q.speakerId === null ? null : 'someone']);

describe('content an "according to" follows', () => {
  // wikinews-amnesty-international-iran-free-journalists-2009-06-28 (development half).
  test('"News media have reported that …, according to Amnesty International …" ends the media\'s report at the comma', () => {
    expect(
      reported(
        'News media have reported that dozens of journalists have been arrested in Iran, according to Amnesty International there may be up to 30 journalists imprisoned in the country.',
      )[0],
    ).toEqual(['dozens of journalists have been arrested in Iran', null]);
  });

  // wikinews-castro-recovering-following-surgery-2006-08-06 (development half), with no comma before "according to".
  test('"… said that Castro sends … "fraternal greetings" according to Cuban press agency Prensa Latina" ends before "according"', () => {
    const texts = quotesOf(
      analyze(
        'Castro recovering following surgery',
        'Cuban vice-premier Carlos Lage spoke on Saturday. Lage, who is in Bolivia for the opening of that country\'s constitutional convention, said that Castro sends the Bolivian people "fraternal greetings" according to Cuban press agency Prensa Latina.',
      ),
    )
      .filter((q) => q.kind === 'reported')
      .map((q) => q.text);
    expect(texts).toEqual(['Castro sends the Bolivian people "fraternal greetings"']);
  });

  test('short content, or an "according to" inside a direct quote, goes on', () => {
    const text = 'He said it, according to the BBC. She said "it rose, according to plan" last year.';
    expect(beforeAccordingTo(text, 8, 32, () => false)).toBe(32);
    const open = text.indexOf('"');
    const close = text.lastIndexOf('"');
    const start = text.indexOf('"it');
    expect(beforeAccordingTo(text, start, text.length - 1, (at) => at > open && at < close)).toBe(text.length - 1);
  });
});
