import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// statedBefore.ts: a he/she does not pass a person the text was about, of the pronoun's stated gender, for someone named
// in passing whose gender nothing tells. Sentences from voa-liberia-sirleaf-promises-results-us-aid-2007-02-16
// (development half); the meeting's sentence is rewritten so that officials, not the Liberian president, are its subject.

const HEADLINE = 'Liberian President Promises Results From US Aid';
const SIRLEAF =
  'Liberian President Ellen Johnson Sirleaf says Liberians will soon see more tangible results of international efforts to help the country recover from its long civil war.';
const GUINEA =
  'Mrs. Johnson Sirleaf also expressed concern about unrest in Guinea, saying if the situation there escalates into conflict, refugees could start flowing into Liberia.';
const THANKS = 'She thanked the U.S. for canceling $391 million in Liberian debt, saying it had prompted other countries such as Germany to do the same.';

describe('a she after a man named in passing', () => {
  test('is not given to President Bush, of whom the text states no gender, past the woman it was about', () => {
    const article = analyze(HEADLINE, SIRLEAF, GUINEA, `U.S. officials including President Bush met the delegation this week. ${THANKS}`);
    expect(attribution(article, 'the U.S. for canceling').speaker).toBeNull();
    expect(attribution(article, 'it had prompted other countries').speaker).toBeNull();
  });

  test('still finds the one person named when no one before is of the stated gender', () => {
    const article = analyze(
      HEADLINE,
      'The delegation arrived in Washington on Monday.',
      `U.S. officials including President Bush met the delegation this week. ${THANKS.replace('She', 'He')}`,
    );
    expect(attribution(article, 'the U.S. for canceling')).toMatchObject({ speaker: 'Bush', resolution: 'pronoun' });
  });
});
