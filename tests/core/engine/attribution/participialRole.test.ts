import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// participialRole.ts: an indefinite description of one person, placed by a participle ("serving in Botswana") right
// before the speech verb, is that verb's subject. usgov-gsa-mapgive-crowdsourced-mapping-humanitarian-2014-12-17
// (digital.gov, public domain; the held-out batch of session 54).

const HEADLINE = 'MapGive: Crowdsourced Mapping for Humanitarian Response';

describe('an unnamed person placed by a participle before the verb', () => {
  test('"A Peace Corps volunteer serving in Botswana asked family and friends …" is the volunteer\'s directive', () => {
    const article = analyze(
      HEADLINE,
      'Peace Corps is one of the agencies that has gotten involved with MapGive. A Peace Corps volunteer serving in Botswana asked family and friends at home to help her combat malaria through mapping her local community. One of the best techniques for controlling the disease is to spray down the walls of buildings with insecticide, which kills infectious mosquitoes.',
    );
    expect(attribution(article, 'family and friends at home to help her combat malaria')).toMatchObject({
      kind: 'reported',
      speaker: 'A Peace Corps volunteer',
    });
  });

  test('a participle phrase that holds a clause of its own names no one: the description is not read as the subject', () => {
    const article = analyze(HEADLINE, 'A volunteer serving in a village that the minister visited said the roads were closed.');
    expect(quotesOf(article).map((q) => q.speakerId)).not.toContainEqual(expect.stringContaining('volunteer'));
  });
});
