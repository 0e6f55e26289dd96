import { describe, expect, test } from 'vitest';
import { pastCoordinatedSource } from '../../../../../src/core/engine/attribution/reported/coordinatedSource';
import { analyze, quotesOf } from '../helpers';

// reported/coordinatedSource.ts: a second source joined to a leading "according to" source by "and".

describe('"According to A and B, …": both sources are the cue, the clause after them is the content', () => {
  // English Wikinews 2018, wikinews-delhi-women-commission-head-capital-punishment-child-rape-2018-01-31 (development half).
  test('"According to the police and a statement by the baby\'s father …, when the mother returned, …" keeps the "when" clause', () => {
    const article = analyze(
      'Delhi women commission head demands capital punishment for child rape',
      "According to the police and a statement by the baby's father to the agency Asian News International, when the mother returned, the baby was crying and was covered in blood.",
    );
    expect(quotesOf(article).map((q) => [q.kind, q.text, q.cue?.text])).toEqual([
      [
        'reported',
        'when the mother returned, the baby was crying and was covered in blood',
        "According to the police and a statement by the baby's father to the agency Asian News International",
      ],
    ]);
  });

  // English Wikinews 2020, wikinews-tsikhanouskaya-rally-minsk-2020-08-03 (development half).
  test('"According to reports from the ministry … on Friday, and Vyasna, an independent … center, on Thursday, around …": past the asides', () => {
    const article = analyze(
      'Tsikhanouskaya holds rally in Minsk',
      'According to reports from the ministry of internal affairs of Belarus on Friday, and Vyasna, an independent Belarusian human rights center, on Thursday, around 18,250 to 63,000 visitors attended the rally.',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual(['around 18,250 to 63,000 visitors attended the rally']);
  });

  test('a single source, or "and" inside the content, is left as it was', () => {
    const text = 'According to the ministry, the plan failed and the minister resigned.';
    const after = text.indexOf(',');
    expect(pastCoordinatedSource(text, after, text.length - 1)).toBe(after);
  });
});
