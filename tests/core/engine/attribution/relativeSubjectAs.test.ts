import { describe, expect, test } from 'vitest';
import { relativeSubjectAs } from '../../../../src/core/engine/attribution/relativeSubjectAs';
import { analyze, quotesOf } from './helpers';

// Wikinews, "China, UN rebuke North Korea for rocket launch" (2012-04-19, CC BY 2.5), fresh text read through AMALGUM
// (AMALGUM_news_rocket), in no corpus half.
const ROCKET =
  'The United Nations criticized North Korea over the weekend for a satellite launch that member states saw as a "provocative" move, which followed shortly after the country\'s launch.';
// wikinews-us-house-holds-cabinet-officers-in-contempt-2019-07-20 (dev half).
const KUPEC =
  'Kerri Kupec, spokeswoman for the Trump administration\'s Department of Justice, sharply criticized the House\'s decision, which Ross has referred to as "gamesmanship" and a "stunt".';
// wikinews-uk-loses-appeal-conceal-binyam-mohamed-torture-2010-02-10 (dev half).
const LEWIS =
  'Lewis denied that the UK was "complicit" in torture, although his responses in the interview described information such as that released today as "very serious allegations made against some of the intelligence services in some countries that we have to co-operate with in terms of protecting the security and the national interest of this country."';

const betweenVerbAndMark = (text: string, verb: string, quote: string) => text.slice(text.indexOf(verb) + verb.length, text.indexOf(`"${quote}`));

describe('words in marks that a relative clause with its own subject puts as a name to something', () => {
  test('"a launch that member states saw as a "provocative" move": the words are the member states\', not the UN\'s', () => {
    expect(relativeSubjectAs(betweenVerbAndMark(ROCKET, 'criticized', 'provocative'))).toBe(true);
    const article = analyze('China, UN rebuke North Korea for rocket launch', ROCKET);
    const provocative = quotesOf(article).find((q) => q.text === 'provocative');
    expect(provocative === undefined || provocative.speakerId === null).toBe(true);
  });

  test('"which Ross has referred to as "…"" is the same shape with a name for its subject (dev sentence)', () => {
    expect(relativeSubjectAs(betweenVerbAndMark(KUPEC, 'criticized', 'gamesmanship'))).toBe(true);
  });

  test('a that-clause told with "was", and "that" as a pronoun before a participle, are no such clause', () => {
    expect(relativeSubjectAs(betweenVerbAndMark(LEWIS, 'denied', 'complicit'))).toBe(false);
    expect(relativeSubjectAs(betweenVerbAndMark(LEWIS, 'described', 'very serious'))).toBe(false);
  });
});
