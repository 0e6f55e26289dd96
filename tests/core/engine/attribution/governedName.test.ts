import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// governedName.ts: a name that a preposition or a relative clause's verb governs is not the cue's subject. No sentence
// of the wrong-speaker shape is in the corpus or the fresh pools searched for it (Wikinews 2019/2020, WikinewsSum,
// NASA_RAG, Global Voices 2004), so those below are written in the shape wire copy uses; the sentences that must keep
// their speaker are verbatim from the development half of tests/fixtures/real.

const obituary = (sentence: string) =>
  analyze(
    'Local teacher dies at 54',
    'Maria Lopez, a teacher at Oakridge High School, died on Tuesday after a long illness. Tom Baker is the school principal.',
    sentence,
  );

describe('a group tied to someone named speaks, not the one named', () => {
  test.each([
    ['Critics of Baker said he had ignored the complaints.', 'he had ignored the complaints'],
    ['Lawyers for Baker said he would appeal.', 'he would appeal'],
    ['The family of Lopez said she was devoted to her students.', 'she was devoted'],
    ['Friends and colleagues of Lopez said she was devoted to her students.', 'she was devoted'],
    ['People familiar with Lopez said she had been ill for years.', 'she had been ill'],
    ['Those who knew Lopez said she loved to sing.', 'she loved to sing'],
    ['Fans of Lopez said the choir would miss her.', 'the choir would miss her'],
  ])('"%s" is no word of the person named', (sentence, words) => {
    const quote = attribution(obituary(sentence), words);
    expect(quote.speaker).toBeNull();
    expect(quote.resolution).toBe('unattributed');
  });

  test('"A spokesman for Baker said" is still the spokesman, an unnamed source', () => {
    expect(attribution(obituary('A spokesman for Baker said the school would close on Friday.'), 'the school would close').speaker).toBe(
      'A spokesman for Baker',
    );
  });
});

describe('a name after a preposition keeps its cue where the text makes it the speaker', () => {
  // wikinews-florida-highway-pileup-fire-kills-children-2019-01-05
  test('"Florida Department of Transportation official Troy Roberts said": his role is part of his mention', () => {
    const article = analyze(
      'Florida highway pileup, fire kills five children, two truck drivers',
      'Another eyewitness, Nicole Towarek, described extensive tire marks and "insane" heat. Florida Department of Transportation official Troy Roberts said yesterday morning the road itself, which is straight in the vicinity, will be examined as part of investigations.',
    );
    expect(attribution(article, 'the road itself').speaker).toBe('Troy Roberts');
  });

  // wikinews-samoa-measles-vaccination-shutdown-2019-12-07
  test('"the home of Prime Minister Tuilaepa, who told the press": "who" makes him the speaker', () => {
    const article = analyze(
      'Samoa shuts down government for measles vaccination drive',
      'Prime Minister Tuilaepa Sailele Malielegaoi announced the shutdown.',
      'Households with at least one unvaccinated person were asked to place a red flag somewhere visible. This included the home of Prime Minister Tuilaepa, who told the press his nephew needed a dose.',
    );
    expect(attribution(article, 'his nephew needed a dose').speaker).toBe('Tuilaepa Sailele Malielegaoi');
  });

  // wikinews-uk-asylum-questionnaire-2023-02-23
  test('"with Boswell stating:" opens an absolute phrase whose subject she is', () => {
    const article = analyze(
      'UK asylum questionnaire criticised',
      'It quoted critics like immigration barrister Colin Yeo, and Joint Council for the Welfare of Immigrants campaigner Caitlin Boswell, with Boswell stating: "People fleeing desperate circumstances clearly need this government to make quicker and fairer asylum decisions."',
    );
    expect(attribution(article, 'People fleeing desperate circumstances').speaker).toBe('Caitlin Boswell');
  });
});
