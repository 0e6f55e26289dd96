import { describe, expect, test } from 'vitest';
import { clauseEnd } from '../../../../../src/core/engine/attribution/reported/clauseEnd';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/clauseEnd.ts: where reported content ends: a colon before a direct quote, a ", but" or ", however," with a
// subject of the writer's, a quoted sentence after "and", another speaker's clause, or the writer's gloss after marks.

describe('where reported content ends', () => {
  // voa-zimbabwe-harare-proposes-demolitions-2009-07-23 (development half).
  test('", but local groups are expressing …" ends the council\'s clause: a new subject of its own', () => {
    const sentence =
      'Council officials said their proposed action will be nothing like Murambatsvina, but local groups are expressing concern saying alternatives should be considered before homes are leveled.';
    const start = sentence.indexOf('their');
    expect(sentence.slice(start, clauseEnd(sentence, start, sentence.length))).toBe('their proposed action will be nothing like Murambatsvina');
  });

  // wikinews-uk-asylum-questionnaire-2023-02-23 (development half).
  test('a colon opening a direct quote ends the reported clause before it', () => {
    const sentence =
      'After the leak, CEO of the Refugee Council Enver Solomon told Sky News any process "must be well thought out": "Moves to reduce the backlog are welcome but the answer is not yet more bureaucratic hurdles and threats of applications being withdrawn.';
    const start = sentence.indexOf('any process');
    expect(sentence.slice(start, clauseEnd(sentence, start, sentence.length))).toBe('any process "must be well thought out"');
  });
});
describe('where reported content ends at ", but" and a clause of the writer', () => {
  // wikinews-andrew-westphal-stardust-at-home-interview-2006-05-28 (development half).
  test('"…, but this number is …": a demonstrative before a noun opens a subject of its own', () => {
    const content = "there should be around 45 particles, but this number is very uncertain — I wouldn't be surprised if it is quite different from that";
    expect(content.slice(0, clauseEnd(content, 0, content.length))).toBe('there should be around 45 particles');
  });

  test('"…, but that was …" (a pronoun) and "…, but that the costs were …" (a second that-clause) go on with the speaker', () => {
    for (const content of ['the plan was good, but that was not enough', 'the plan was good, but that the costs were high'])
      expect(clauseEnd(content, 0, content.length)).toBe(content.length);
  });

  // wikinews-fiancee-of-murdered-saudi-journalist-demands-justice-2019-09-29 (development half).
  test('"…, however, a UN report eventually concluded …": a subject and its verb after ", however," open the writer\'s clause', () => {
    const content = 'all claims that Khashoggi was slain, however, a UN report eventually concluded evidence supported his murder';
    expect(content.slice(0, clauseEnd(content, 0, content.length))).toBe('all claims that Khashoggi was slain');
  });

  test('"the plan, however, was flawed": ", however," right after a subject is an aside inside the clause', () => {
    const content = 'the plan, however, was flawed from the start';
    expect(clauseEnd(content, 0, content.length)).toBe(content.length);
  });
});
describe('a quoted sentence closing the content', () => {
  // wikinews-bus-hits-bridge-winchester-children-injured-2020-09-10 (development half).
  test('", and "[i]t felt like …"" is a direct quote of its own; "but "that she had no plans …"" stays in the content', () => {
    const zoe = `the roof fell in and "everyone started screaming", and "[i]t felt like 'am I going to live or am I going to die?' "`;
    expect(zoe.slice(0, clauseEnd(zoe, 0, zoe.length))).toBe('the roof fell in and "everyone started screaming"');
    const sacoolas = 'she had diplomatic immunity, but "that she had no plans to leave the country in the near future"';
    expect(clauseEnd(sacoolas, 0, sacoolas.length)).toBe(sacoolas.length);
  });
});
describe('where reported content with words in marks ends', () => {
  // English Wikinews, 2019 (CC BY 2.5), development half.
  test('"meaning" after the marks is the writer\'s gloss, not more of the claim', () => {
    const sentence =
      'The Unite the Right rally drew national attention within the United States partly because President Donald Trump claimed there were "fine people on both sides," meaning both the white supremacists and the counter-protesters, for which he was criticized.';
    const start = sentence.indexOf('there were');
    expect(sentence.slice(start, clauseEnd(sentence, start, sentence.length))).toBe('there were "fine people on both sides,"');
    expect(attribution(analyze('Charlottesville killer Fields gets life sentence', sentence), 'there were')).toMatchObject({
      kind: 'reported',
      speaker: 'Donald Trump',
    });
    expect(quotesOf(analyze('Charlottesville killer Fields gets life sentence', sentence)).map((q) => q.text)).toContain(
      'there were "fine people on both sides,"',
    );
  });

  // English Wikinews, 2019 (CC BY 2.5), development half.
  test('a quotation opening as a sentence after "and" (no comma, an ellipsis first) is no part of the reported clause', () => {
    const article = analyze(
      'Conservative Party wins majority in UK election',
      'Conservative Party leader and Prime Minister Boris Johnson said he was "humbled" by the results and "...I and we will never take your support for granted. And I will make it my mission to work night and day, flat out, to prove you right in voting for me this time and to earn your support in the future."',
    );
    expect(
      quotesOf(article)
        .filter((q) => q.kind === 'reported')
        .map((q) => q.text),
    ).toContain('he was "humbled" by the results');
    expect(attribution(article, 'he was "humbled" by the results')).toMatchObject({ speaker: 'Boris Johnson' });
  });
});
