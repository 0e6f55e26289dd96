import { describe, expect, test } from 'vitest';
import { isSayingNoun } from '../../../../../src/core/engine/attribution/reported/sayingNoun';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/sayingNoun.ts: "a popular Valencian saying" is a proverb, not a participle of speech.

/** Whether the first "saying" of a sentence is read as the noun. */
const nounIn = (sentence: string) => {
  const at = sentence.indexOf('saying');
  return isSayingNoun(sentence, 0, at, at + 'saying'.length);
};

// gv-spain-valencia-battle-of-almansa-remembered-2012-05-09 (development half, Global Voices, CC BY 3.0).
const ALMANSA = "Spain: Valencia's Battle of Almansa Remembered";
const PARLIAMENT =
  "Every year, this commemoration has been purely civic; the day has never been institutionally recognized [ca] as one of historic importance. This year, the Valencian parliament (Les Corts Valencianes), controlled by the right-wing People's Party, preferred to pay homage to the Valencians who participated in the Cádiz Cortes during the French occupation of Spain during the Napoleonic Wars and the drafting of the Spanish Constitution of 1812.";
const PORTRAIT = 'Popular portrait of Philip V of Spain hung upside down in remembrance of his orders to burn the Valencian town of Xàtiva';
const SAYING =
  'This included Valencia\'s four-hundred year-old political and legislative system, the Furs of Valencia, as well as all bodies of sociopolitical representation, such as the Corts or Generalitat. A popular Valencian saying commemorates these events: "Quan el mal ve d\'Almansa, a tots alcança," or, "When evil comes from Almansa, it reaches everyone."';

describe('a saying named as a thing', () => {
  test('"A popular Valencian saying commemorates these events:" is the noun', () => {
    expect(nounIn('A popular Valencian saying commemorates these events:')).toBe(true);
  });

  test('"as the saying goes" and "an old Chinese saying that holds …" are the noun', () => {
    expect(nounIn('As the saying goes, it takes a village.')).toBe(true);
    expect(nounIn('There is an old Chinese saying that holds true here.')).toBe(true);
  });

  // Real sentences of the development half where "saying" is the participle of speech.
  test('"a statement saying an attack …", "the SNS saying that …", "the report, saying …" stay participles', () => {
    expect(nounIn('The Iraqi military released a statement saying an attack had hit the base.')).toBe(false);
    expect(nounIn('a complaint against the SNS saying that "even the dead voted"')).toBe(false);
    expect(nounIn('The government rejected the report, saying human rights had improved.')).toBe(false);
  });

  test('the saying’s words are nobody’s, not a "Valencian" speaker’s', () => {
    const article = analyze(ALMANSA, PARLIAMENT, PORTRAIT, SAYING);
    expect(attribution(article, "Quan el mal ve d'Almansa").speaker).toBeNull();
    expect(attribution(article, 'When evil comes from Almansa').speaker).toBeNull();
    expect(quotesOf(article).some((q) => q.kind === 'reported' && q.text.startsWith('commemorates'))).toBe(false);
  });
});
