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

describe('an "according to" that tells a manner or sits in an aside', () => {
  // Fresh WikinewsSum (English Wikinews, 2005, the Lycos "Make Love Not Spam" story): a legal basis, no source.
  test('"Heidrich stated that Lycos is committing … according to Section 823 of the German Civil Code …" keeps the whole claim', () => {
    const text =
      'Heidrich stated that Lycos is committing an encroachment of business operation according to Section 823 of the German Civil Code as well as malicious damage.';
    const start = text.indexOf('Lycos');
    expect(beforeAccordingTo(text, start, text.length - 1, () => false)).toBe(text.length - 1);
  });

  test('"the launch went according to plan" and "counted according to the law" keep their content whole', () => {
    expect(reported('Officials said the launch of the satellite went according to plan and the probe was healthy.')[0]?.[0]).toBe(
      'the launch of the satellite went according to plan and the probe was healthy',
    );
    expect(reported('The electoral commission said the ballots would be counted according to the law before Friday.')[0]?.[0]).toBe(
      'the ballots would be counted according to the law before Friday',
    );
  });

  test('"said the new budget, according to treasury figures, would cut the deficit" keeps the aside inside the content', () => {
    const text = 'Smith said the new budget, according to treasury figures, would cut the deficit by half.';
    const start = text.indexOf('the new');
    expect(beforeAccordingTo(text, start, text.length - 1, () => false)).toBe(text.length - 1);
  });

  test('a source after the content still ends it: "…, according to the central bank"', () => {
    const text = 'The minister said the growth rate would reach five percent, according to the central bank.';
    const start = text.indexOf('the growth');
    expect(beforeAccordingTo(text, start, text.length - 1, () => false)).toBe(text.indexOf(', according'));
  });
});

describe('content an "as reported by" follows', () => {
  // gv-guatemala-state-of-siege-barillas-hydroelectric-2012-05-08 (Global Voices, CC BY 3.0).
  test('"…, asserting that it will seriously harm the Cambalan river environment, as reported by a … news portal" ends at the comma', () => {
    expect(
      reported(
        'The entire community [es], through their legitimate representatives in each and every Community Development Council (COCODE), have opposed the hydroelectric plant, asserting that it will seriously harm the Cambalan river environment, as reported by a Santa Cruz Barillas news portal [es].',
      ).map(([text]) => text),
    ).toContain('it will seriously harm the Cambalan river environment');
  });

  test('"as reported by" with no comma before it says how, and stays in the content', () => {
    expect(reported('The minister said that the figures were exactly as reported by the census office last year.').map(([text]) => text)).toContain(
      'the figures were exactly as reported by the census office last year',
    );
  });
});
