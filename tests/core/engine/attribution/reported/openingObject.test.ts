import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/openingObject.ts: "Demanding X, <subject> <verb> …" — an object-taking speech participle opening the sentence
// reports its object, said by the main clause's subject.

describe('an object-taking speech participle opening the sentence', () => {
  // gv-bangladesh-bloggers-march-journalist-couple-2012-05-16 (development half).
  test('"Demanding the immediate arrest of …, journalist associations announced …": both are the unnamed group\'s', () => {
    const article = analyze(
      'Bangladesh: Bloggers March for Murdered Journalist Couple',
      'Demanding the immediate arrest of the murderers of Sagar and Runi, journalist associations announced a gherao program to be held at the Home Ministry premises on 15th May.',
    );
    expect(attribution(article, 'the immediate arrest of the murderers of Sagar and Runi')).toMatchObject({
      kind: 'reported',
      speaker: null,
      resolution: 'unattributed',
      cue: 'Demanding',
    });
    expect(attribution(article, 'a gherao program to be held at the Home Ministry premises on 15th May')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // gv-yemen-sanaa-suicide-blast-unification-anniversary-2012-05-22 (development half).
  test('"And demanding more evidence, Mai Saleh tweeted:" reports what she demanded, hers', () => {
    const article = analyze(
      'Yemen: Suicide Blast on Eve of Unification Anniversary',
      'And demanding more evidence, Mai Saleh tweeted:',
      '@A4Mai: Would love to see that ‪#AQAP‬ statement in which it claimed responsibility for the attack ‪#Yemen‬',
    );
    expect(attribution(article, 'more evidence')).toMatchObject({ kind: 'reported', speaker: 'Mai Saleh', cue: 'demanding' });
  });

  // wikinews-github-blocks-youtube-dl-riaa-dmca-notice-2020-10-26 (development half).
  test('a gerund standing as the subject ("Demanding its removal from Github is …") reports nothing', () => {
    const article = analyze('GitHub blocks youtube-dl', 'Demanding its removal from Github is a disappointing and counterproductive move by the RIAA.');
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  test('with no speaker standing after the comma, nothing is reported', () => {
    const article = analyze('Budget talks', 'Condemning the attack on the mosque, the crowd dispersed slowly.');
    expect(quotesOf(article).filter((q) => q.text.startsWith('the attack'))).toEqual([]);
  });
});
