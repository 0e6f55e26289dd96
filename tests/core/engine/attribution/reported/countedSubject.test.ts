import { describe, expect, test } from 'vitest';
import { describesCounted, withoutPlaceAdverb } from '../../../../../src/core/engine/attribution/reported/countedSubject';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/countedSubject.ts: unnamed subjects the plain description does not read, whose clause with no "that" is
// reported and left unattributed. Sentences from the development half of tests/fixtures/real unless said.

const reported = (...paragraphs: Array<string>) => quotesOf(analyze('Headline', ...paragraphs)).filter((q) => q.kind === 'reported');

describe('the subjects read', () => {
  test('a counted group, a dated document, statements in the plural', () => {
    expect(describesCounted('More than two million people ')).toBe(true);
    expect(describesCounted('Over 300 residents ')).toBe(true);
    expect(describesCounted('A 2015 federal court decision ')).toBe(true);
    expect(describesCounted('Police statements ')).toBe(true);
    expect(describesCounted("The ministry's statements ")).toBe(true);
  });

  test('a count of things, a dated measurement, or a plain plural is no such subject', () => {
    expect(describesCounted('More than two million dollars ')).toBe(false);
    expect(describesCounted('The 2019 data ')).toBe(false);
    expect(describesCounted('The 2019 season ')).toBe(false);
    expect(describesCounted('Police reports ')).toBe(false);
    expect(describesCounted('statements ')).toBe(true);
  });

  test('a bare count or share of people is one; a year is not', () => {
    expect(describesCounted('316 ')).toBe(true);
    expect(describesCounted('45 percent ')).toBe(true);
    expect(describesCounted('60% ')).toBe(true);
    expect(describesCounted('More than half ')).toBe(true);
    expect(describesCounted('2019 ')).toBe(false);
    expect(describesCounted('Flight 316 ')).toBe(false);
  });

  test("a place adverb after a group's plural is dropped; elsewhere kept", () => {
    expect(withoutPlaceAdverb('Residents there ')).toBe('Residents ');
    expect(withoutPlaceAdverb('The man there ')).toBe('The man there ');
  });
});

describe('their clauses, with no "that"', () => {
  // wikinews-magnitogorsk-apartment-building-collapse-2019-01-04.
  test('"Residents there told the press the officers claimed to be seeking a bomb": reported, unattributed', () => {
    const article = analyze(
      'Headline',
      'Monday saw armed police with dogs searching a second apartment block in Magnitigorsk. Residents there told the press the officers claimed to be seeking a bomb.',
    );
    expect(attribution(article, 'the officers claimed to be seeking a bomb')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // wikinews-american-samoans-citizenship-ruling-stayed-2019-12-16 (shortened: the gold's clause opens with a bare noun).
  test('"A 2015 federal court decision said the constitutional guarantee … did not apply …": reported, unattributed', () => {
    const article = analyze('Headline', 'A 2015 federal court decision said the constitutional guarantee of citizenship did not apply to American Samoa.');
    expect(attribution(article, 'the constitutional guarantee of citizenship')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // wikinews-american-samoans-citizenship-ruling-stayed-2019-12-16, the sentence as written (clauseStart.ts reads its bare noun).
  test('"A 2015 federal court decision said citizenship in United States territories can only be resolved by Congress"', () => {
    const article = analyze('Headline', 'A 2015 federal court decision said citizenship in United States territories can only be resolved by Congress.');
    expect(attribution(article, 'citizenship in United States territories')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // voa-zimbabwe-police-say-union-leaders-hurt-escape-2006-10-03 (without the article's partial quote).
  test('"Police statements said the union officials went wild": reported, unattributed', () => {
    expect(reported('Police statements said the union officials went wild and tried to escape three times.').map((q) => [q.text, q.speakerId])).toEqual([
      ['the union officials went wild and tried to escape three times', null],
    ]);
  });

  // wikinews-millions-dont-turn-up-to-storm-area-51-2019-09-22.
  test('"More than two million people replied they would attend": reported, unattributed', () => {
    const article = analyze('Headline', 'More than two million people replied they would attend the event in Nevada.');
    expect(attribution(article, 'they would attend')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // wikinews-conservative-rally-washington-election-stolen-2020-12-15.
  test('"Trump and his supporters claimed Joe Biden only won …": reported, unattributed (not Trump\'s alone)', () => {
    const article = analyze('Headline', 'Trump and his supporters claimed Joe Biden only won the elections due to voter fraud.');
    expect(attribution(article, 'Joe Biden only won the elections')).toMatchObject({ kind: 'reported', speaker: null });
    expect(describesCounted('Smith and his wife ')).toBe(false);
  });

  // Fresh WikinewsSum text (English Wikinews, December 2004, "Valech Report released"; CC BY 2.5), not in the corpus.
  test('"…; 316 said they were raped": a bare count of those the sentence told of, reported, unattributed', () => {
    const article = analyze(
      'Valech Report released',
      'This Commission heard testimony from 3,399 women, almost all of whom said they were the object of sexual violence; 316 said they were raped. Of the latter, 229 were detained while pregnant.',
    );
    expect(attribution(article, 'they were raped')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // wikinews-national-diet-law-akihito-abdicate-2017-06-10 (a Kyodo News poll): a share spelled out at a sentence's start,
  // and shares set against each other by ", while".
  test('"Four percent said …", "61 percent said …, while 28 percent said …": each share\'s answer reported, unattributed', () => {
    expect(describesCounted('Four percent ')).toBe(true);
    expect(describesCounted('Twenty-five per cent ')).toBe(true);
    expect(describesCounted('Four ')).toBe(false);
    expect(
      reported(
        'A survey by Kyodo News found 68 percent approved of the law.',
        'Four percent said abdication of emperors should never be allowed.',
        "61 percent said female ascendance should be debated only after the abdication, while 28 percent said it shouldn't wait for the abdication.",
      ).map((q) => [q.text, q.speakerId]),
    ).toEqual([
      ['abdication of emperors should never be allowed', null],
      ['female ascendance should be debated only after the abdication', null],
      ["it shouldn't wait for the abdication", null],
    ]);
  });

  test('a count of money or a dated season reports nothing', () => {
    expect(reported('More than two million dollars said nothing.', 'The 2019 season showed the team was strong.')).toEqual([]);
  });
});

describe('a poll share that names the people it is of', () => {
  // The poll shape of wikinews-national-diet-law-akihito-abdicate-2017-06-10 (development half), with the wording
  // "of those asked" polls print.
  test('"61 percent said …, while 28 percent of those asked said …" gives two answers, both unattributed', () => {
    const quotes = reported('In a 2010 poll, 61 percent said they trusted the army, while 28 percent of those asked said the police were corrupt.');
    expect(quotes.map((q) => [q.text, q.speakerId])).toEqual([
      ['they trusted the army', null],
      ['the police were corrupt', null],
    ]);
  });
});
