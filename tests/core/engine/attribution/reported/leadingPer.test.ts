import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/leadingPer.ts: "Per X, …" opening a sentence is "According to X, …".
describe('a sentence opened by "Per" and a source', () => {
  // Wikinews, "Pope Francis instructs reporting of sexual abuse" (2019, CC BY 2.5), development half.
  test('"Per the decree signed by …, priests and nuns … are expected to notify …": the clause after the source is reported', () => {
    const article = analyze(
      'Pope Francis instructs reporting of sexual abuse',
      'Per the decree signed by the leader of Roman Catholic Christianity, priests and nuns of the Catholic churches are expected to notify the higher church authorities, as a step to act on sexual abuse and its cover-up happening in the churches.',
      'The decree also mentions establishing a system to keep the identity of the victims confidential. Per numbers reported by The Associated Press, 415 thousand priests and 660 thousand nuns are subject to the requirement to report to the hierarchy misconducts happening in the church by religious leaders.',
    );
    expect(attribution(article, 'priests and nuns of the Catholic churches')).toMatchObject({
      kind: 'reported',
      cue: 'Per the decree signed by the leader of Roman Catholic Christianity',
    });
    expect(attribution(article, '415 thousand priests')).toMatchObject({ kind: 'reported', cue: 'Per numbers reported by The Associated Press' });
  });

  test('"Per capita …" and "Per year, …" name no source: no quote', () => {
    const article = analyze(
      'Headline',
      'Per capita income rose by ten percent last year in the region.',
      'Per year, the town spends ten million dollars on its roads.',
    );
    expect(quotesOf(article)).toHaveLength(0);
  });
});

// reported/leadingPer.ts: "Per" that is no "according to".
describe('"Per" in other senses', () => {
  // NASA, "NASA Selects 2004 Astronaut Class" feature (nasa_article_92.md of katie-hofschen/NASA_RAG, not in the corpus):
  // "Per tradition, the previous astronaut class provided the nickname for Group 19"; the same shape with a determiner.
  test('"Per the rules …" and "Per his wishes …" say what a rule or a wish requires: no quote', () => {
    const article = analyze(
      'Headline',
      'Per the tradition of the astronaut office, the previous astronaut class provided the nickname for Group 19: The Peacocks.',
      'Per the rules of the competition, each team must field at least eleven players.',
      'Per his wishes, Smith was buried in his home town next to his parents.',
    );
    expect(quotesOf(article)).toHaveLength(0);
  });

  test('"Per" as a first name is a person, not a source: "Per Nilsson, a spokesman …, said …" is his', () => {
    const article = analyze('Headline', 'Per Nilsson, a spokesman for the company, said the plant would close.');
    expect(attribution(article, 'the plant would close')).toMatchObject({ kind: 'reported', speaker: 'Per Nilsson' });
  });
});

// wikinews-trump-says-hamza-bin-laden-killed-2019-09-17 (development half).
test('"Per reports, the sources said …": bare reports are the source, and the sources’ own words inside stay theirs', () => {
  const article = analyze(
    'Trump says Hamza bin Laden killed',
    'Per reports, the sources said he died within two years before, perhaps within a few months, but the US had only recently come to believe he was dead.',
  );
  expect(attribution(article, 'the sources said he died within two years before')).toMatchObject({ kind: 'reported', cue: 'Per reports' });
  expect(attribution(article, 'he died within two years before')).toMatchObject({ kind: 'reported', speaker: null, cue: 'the sources said' });
  expect(quotesOf(analyze('Headline', 'Per year, the plant produces 400 tonnes of steel.'))).toEqual([]);
});
