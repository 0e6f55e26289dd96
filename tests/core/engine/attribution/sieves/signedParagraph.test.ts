import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// attribution/sieves/signedParagraph.ts: a paragraph without marks that ends in a person's full name is a pull quote
// that lost its marks. The paragraphs are from Wikinews as the GUM corpus keeps it: the Santorum cocktail interview
// (development half) and the fresh-set page on Valeska Paris (gum/news_imprisoned), CC BY 2.5.

const SANTORUM = [
  'Wikinews interviews New York bar owner on Santorum cocktail',
  'Senator Rick Santorum has criticized Google for its search results.',
  '[The santorum neologism is] offensive beyond, you know, anything that any public figure or anybody in America should tolerate, and the mainstream media laughs about it. — Rick Santorum',
] as const;

const PARIS = [
  'Australian woman claims Church of Scientology imprisoned her for twelve years',
  'Valeska Paris, an Australian woman and former Scientologist, has claimed that the Church of Scientology imprisoned her for twelve years aboard the Scientology - owned cruise ship, Freewinds.',
  'I was basically hauled in and told that my mum had attacked the church and that I needed to disconnect from her because she was suppressive. Valeska Paris',
] as const;

describe('a pull quote signed with a name and no marks', () => {
  test('"… laughs about it. — Rick Santorum" is his, the dash and name left out', () => {
    expect(attribution(analyze(...SANTORUM), '[The santorum neologism is] offensive beyond')).toMatchObject({
      kind: 'direct',
      speaker: 'Rick Santorum',
      cue: '— Rick Santorum',
    });
    expect(quotesOf(analyze(...SANTORUM)).map((q) => q.text)).toContain(
      '[The santorum neologism is] offensive beyond, you know, anything that any public figure or anybody in America should tolerate, and the mainstream media laughs about it.',
    );
  });

  test('without a dash, first-person words before "Valeska Paris" are hers', () => {
    expect(attribution(analyze(...PARIS), 'I was basically hauled in')).toMatchObject({ kind: 'direct', speaker: 'Valeska Paris' });
  });

  test("a caption's closing credit is no quote", () => {
    const article = analyze(
      'Odysseus lands on the Moon',
      'Engineers at Intuitive Machines in Houston, led by Tim Crain, built the lander.',
      'Taken on Tuesday, Feb. 27, Odysseus captured an image using its narrow-field-of-view camera. Tim Crain',
    );
    expect(quotesOf(article).map((q) => q.text)).not.toContain('Taken on Tuesday, Feb. 27, Odysseus captured an image using its narrow-field-of-view camera.');
  });

  test('a name the article gives to no person signs nothing', () => {
    const article = analyze(
      'Lantern Festival in Taipei lights up the night',
      'I visited the festival on Saturday night, the opening night, and there was a sea of people in the square. Chiang Kai Shek Memorial Hall',
    );
    expect(quotesOf(article)).toEqual([]);
  });
});

// A NASA career page of the development half (public domain).
describe('a pull quote without marks signed with a name and a title', () => {
  const TWINE = [
    'Career Journey: Astronaut Fitness Trainer',
    'We sat down with Corey Twine to find out how he launched his career – and what it’s like to get a phone call from an astronaut in space.',
    'Twine cautions against believing you’re not smart enough and says you just need to put in the hard work.',
  ] as const;

  test('"… don’t give up. Corey Twine Astronaut Fitness Trainer" is his, though not in the first person', () => {
    const article = analyze(...TWINE, 'Study, find resources, find help, continue, and don’t give up. Corey Twine Astronaut Fitness Trainer');
    expect(attribution(article, 'Study, find resources')).toMatchObject({ kind: 'direct', speaker: 'Corey Twine', cue: 'Corey Twine' });
    expect(quotesOf(article).map((q) => q.text)).toContain('Study, find resources, find help, continue, and don’t give up.');
  });

  test('capitalised words that hold no role or title word sign nothing', () => {
    const article = analyze(...TWINE, 'He trains the crew every morning in the gym. Corey Twine Johnson Space Center');
    expect(quotesOf(article).map((q) => q.text)).not.toContain('He trains the crew every morning in the gym.');
  });
});
