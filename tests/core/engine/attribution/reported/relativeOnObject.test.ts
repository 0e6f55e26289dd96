import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/relativeOnObject.ts: a relative clause on the object's name ("criticizes President García [es], who said [es]
// that …") reports the name's own words, not more of the first cue's.

// Global Voices, "Peru: Responsibility for the Casualties in Amazon Conflict", 2009-06-08 (CC BY 3.0), held-out batch of
// session 53: the engine gave García's words and his "primitive retreat." to his critic.
describe('"X criticizes President García [es], who said [es] that …"', () => {
  const article = analyze(
    'Peru: Responsibility for the Casualties in Amazon Conflict',
    'Many are criticizing President Alan García and his government for their failure to enforce treaties and agreements.',
    'Peruvian ex-pat in Spain, Jomra unequivocally criticizes President García [es], who said [es] that the protesters were wrong and that they cannot tell 28 million of Peruvians that they are not welcome in that region and by doing so they are stepping into irrationality and “primitive retreat.” Jomra writes about García:',
    'Not only is he a liar, but he is intolerant and ignorant of the Constitution and treaties which Peru has signed.',
  );

  test('what "who said" reports is the president’s, not the critic’s', () => {
    expect(attribution(article, 'the protesters were wrong')).toMatchObject({ kind: 'reported', speaker: 'Alan García' });
    expect(attribution(article, 'they cannot tell 28 million of Peruvians')).toMatchObject({ kind: 'reported', speaker: 'Alan García' });
  });

  test('the words he is quoted in, inside his report, are his too', () => {
    expect(attribution(article, 'primitive retreat.')).toMatchObject({ kind: 'direct', speaker: 'Alan García' });
  });

  test('the critic keeps the post she is quoted from', () => {
    expect(attribution(article, 'Not only is he a liar').speaker).toBe('Jomra');
  });
});

// Made up in the same shape: the first cue's content is a clause, which a relative clause inside does not end.
test('"said that President García, who said that …, is lying": the that-clause is not cut at the name', () => {
  const article = analyze(
    'Peru: Bloggers on the president',
    'Jomra writes about García:',
    'Not only is he a liar.',
    'Jomra said that President Alan García, who said that the protesters were wrong, is lying.',
  );
  const reported = quotesOf(article)
    .filter((q) => q.kind === 'reported')
    .map((q) => q.text);
  expect(reported).toContain('President Alan García, who said that the protesters were wrong, is lying');
  expect(attribution(article, 'the protesters were wrong').speaker).toBe('Alan García');
});
