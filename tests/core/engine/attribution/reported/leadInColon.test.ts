import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/leadInColon.ts: a trailing cue closed by the colon that leads into a quoted post. Global Voices (CC BY 3.0),
// development half of tests/fixtures/real.

const reportedTexts = (article: ReturnType<typeof analyze>): Array<string> =>
  quotesOf(article)
    .filter((q) => q.kind === 'reported')
    .map((q) => q.text);

describe('a trailing cue that ends in a colon', () => {
  // gv-drc-goma-clandestine-abortions-2012-05-08.
  test('"…, the gynecologist explained:" gives the clause before it to the gynecologist, and the block after stays direct', () => {
    const article = analyze(
      'DRC: Clandestine abortions in Goma',
      'A gynaecologist from the Provincial Hospital of Goma gave his point of view:',
      'The girl should have had the right to choose abortion, given that she was physically and mentally unready to have a child.',
      'Given the degree of the situation, it seems that the Congolese government should consider an alternative to the current law, the gynecologist explained:',
      'The victims still have to resort to extremely risky illegal abortions too often. The government should officially authorise abortion so that this stops.',
    );
    expect(attribution(article, 'Given the degree of the situation')).toMatchObject({ kind: 'reported', cue: 'the gynecologist explained' });
    expect(attribution(article, 'The victims still have to resort')).toMatchObject({ kind: 'direct', cue: 'the gynecologist explained' });
  });

  // gv-zambia-sata-sues-critics-defamation-2012-05-21.
  test('"Commenting on the Zambian Watchdog, Mambwe wrote:": a phrase put first is nobody\'s words', () => {
    const article = analyze(
      'Zambia: President Sata sues critics',
      'Commenting on the Zambian Watchdog, Mambwe wrote:',
      'Close friends of Sata should pluck up some courage to advise their President.',
    );
    expect(reportedTexts(article)).toEqual([]);
  });

  // gv-yemen-anger-expansion-us-drone-war-2012-05-03.
  test('"…, and researcher Atiaf Alwazir commented:": a cue clause opened by "and" leaves the sentence before it the writer\'s', () => {
    const article = analyze(
      'Yemen: Anger at expansion of US drone war',
      'The drones have been striking targets in the south of Yemen, and researcher Atiaf Alwazir commented:',
      "@WomanfromYemen: it's sad that too many ppl from the #North disregard/ignore the issue of the drones. #yemen",
    );
    expect(reportedTexts(article)).toEqual([]);
  });

  // gv-north-korea-journalists-sentenced-hard-labor-2009-06-09.
  test('"But one thing is for certain, as Jo points out in the blog Jo\'s Department - everyone is wishing …:": the words after the dash are Jo\'s', () => {
    const article = analyze(
      'North Korea: Journalists sentenced to hard labor',
      "But one thing is for certain, as Jo points out in the blog Jo's Department - everyone is wishing for the journalists' safe return:",
      'I hope that they do not endure the prison system and that two journalists could safely return.',
    );
    expect(reportedTexts(article).some((t) => t.startsWith('But one thing'))).toBe(false);
  });
});

describe('a time put first before a colon cue', () => {
  test('"Four years after the revolution, Tunisia\'s president Moncef Marzouki says:" gives him no words but the block after it', () => {
    const article = analyze(
      'Tunisia marks anniversary',
      "Four years after the revolution, Tunisia's president Moncef Marzouki says:",
      'We have built a democracy and we will not go back to the old ways of the dictatorship.',
    );
    expect(reportedTexts(article)).toEqual([]);
    expect(attribution(article, 'We have built a democracy and we will not go back to the old ways of the dictatorship.').speaker).toMatch(/Marzouki/);
  });
});
