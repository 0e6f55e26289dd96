import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// introducedByNoun.ts: "the group" goes back to the body its paragraph last brought in as a group ("Another group,
// Falungong,"), named or not, rather than to the organisation the text was about before.

// Wikinews, "Chinese police arrest six after woman beaten to death at Shandong McDonald's", 2014-06-01 (CC BY 2.5),
// held-out batch of session 53: the engine gave Falungong's claim to the newspaper cited a paragraph before, then to no one
// as it knew no "Falungong"; the kind noun set off before the name now makes it the group's (entities/bodyCues.ts).
describe('"Another group, Falungong, … according to the group, …"', () => {
  test('is Falungong’s, the group the paragraph brought in, not the newspaper cited before', () => {
    const article = analyze(
      "Chinese police arrest six after woman beaten to death at Shandong McDonald's",
      'According to the newspaper Southern Metropolis Daily, Quannengshen, a doomsday cult which bases its ideology on the Christian Bible, began about twenty years ago in Heilongjiang province. In December 2012, according to a report by the Beijing Morning News, seventeen cultists were arrested in Beijing for harassing people with an apocalyptic message in a public park.',
      'The incident comes amid ongoing efforts by the Chinese government to control religious movements who base their teachings on Christianity and Buddhism. Another group, Falungong, also illegalized as an "evil cult", was suppressed by the government in 1999, and reportedly had a membership of millions. The government has detained tens of thousands of Falungong members and, according to the group, tortured members for their beliefs.',
    );
    expect(attribution(article, 'tortured members for their beliefs')).toMatchObject({ kind: 'reported', speaker: 'Falungong' });
  });

  // Made up in the same shape, with a group the name pass knows.
  test('is the group brought in so when the engine knows its name', () => {
    const article = analyze(
      'Rights: Arrests',
      'The Interior Ministry announced new arrests on Monday. Another group, Amnesty International, was banned by the Chinese Communist Party in 1999. The government has detained its members and, according to the group, tortured members for their beliefs.',
    );
    expect(attribution(article, 'tortured members for their beliefs').speaker).toBe('Amnesty International');
  });
});

// Made up: no group brought in by the noun, so "the group" is still the organisation the text was about.
test('"Human Rights Watch criticised the arrests. The group said …" stays Human Rights Watch’s', () => {
  const article = analyze('Rights: Arrests', 'Human Rights Watch criticised the arrests. The group said the detainees were tortured.');
  expect(attribution(article, 'the detainees were tortured').speaker).toBe('Human Rights Watch');
});
