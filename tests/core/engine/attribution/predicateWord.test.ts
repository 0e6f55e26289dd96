import { describe, expect, test } from 'vitest';
import { attributiveWord, predicateWord } from '../../../../src/core/engine/attribution/predicateWord';
import { analyze, attribution, quotesOf } from './helpers';

// predicateWord.ts: one word in marks after "is" or "was" that judges the subject is the speaker's own word.

/** Whether `word`, in marks in `sentence`, reads as a predicate adjective. */
function predicate(sentence: string, word: string): boolean {
  const start = sentence.search(new RegExp(`["“]${word.replace(/[.]/g, '\\.')}["”]`)) + 1;
  return predicateWord(sentence, 0, { open: start - 1, start, end: start + word.length });
}

describe('one quoted word that judges the subject', () => {
  test.each([
    // wikinews-chinese-submarine-enters-japanese-waters-2004-11-18 (development half).
    [
      'stating that the submarine was on a training mission and the intrusion was due to a "technical error" and was "regrettable." Japan\'s Defence Agency is studying',
      'regrettable.',
    ],
    // wikinews-suicide-bomber-us-base-afghanistan-al-qaeda-double-agent-2010-01-05 (development half).
    ['saying they are "ignorant" and out of touch with the Afghan people.', 'ignorant'],
  ])('is read as a predicate adjective: %s', (sentence, word) => {
    expect(predicate(sentence, word)).toBe(true);
  });

  test.each([
    // Fresh NASA pages: a robot's "hands" and a glossed "spores" are terms, not anyone's judgement.
    ['The robot uses two “hands” to grasp and cut rubber bands, which simulate surgical tissue.', 'hands'],
    ['the number of bacterial endospores (commonly referred to as “spores”) found on and in materials.', 'spores'],
    // Fresh Wikinews (WikinewsSum, "World's most-spammed man"): a noun with no adjective's ending is left.
    ['receives up to four million emails a year, and most of it is "junk" or "spam," according to Microsoft CEO Steve Ballmer.', 'junk'],
    // A fresh Wikinews page (bovid ribs): comparatives are left, their ending being that of nouns too.
    ['which were "thicker" and "stronger" as compared to the "thin and flimsy" ribs', 'thicker'],
  ])('is left to the writer: %s', (sentence, word) => {
    expect(predicate(sentence, word)).toBe(false);
  });
});

describe('a predicate adjective inside reported speech', () => {
  test('goes to the named speaker of the reported speech around it (wikinews-chinese-submarine-enters-japanese-waters-2004-11-18)', () => {
    const article = analyze(
      'Chinese submarine enters Japanese waters',
      'On 17 November, Chinese Vice Foreign Minister Wu Daiwei met with the Japanese ambassador to China Anami Koreshige in Beijing and offered an apology for the incident, stating that the submarine was on a training mission and the intrusion was due to a "technical error" and was "regrettable." Japan\'s Defence Agency is studying whether "technical errors" is a feasible explanation for the incident.',
    );
    expect(attribution(article, 'regrettable.')).toMatchObject({ kind: 'direct', speaker: 'Wu Daiwei' });
  });

  test('goes to the speaker of a said-that clause (fresh Wikinews, WikinewsSum "Americans contribute to relief effort")', () => {
    const article = analyze(
      'Americans contribute to relief effort',
      'On Monday of this week, Jan Egeland, the UN\'s chief of emergency relief, said that rich nations like the U.S. were being "stingy" by making small contributions.',
    );
    expect(attribution(article, 'stingy')).toMatchObject({ kind: 'direct', speaker: 'Jan Egeland' });
  });
});

describe('an adjective in marks before its noun inside reported speech', () => {
  test('goes to the named speaker of the reported speech around it (wikinews-rights-group-afghanistan-phosphorus-claim-2009-05-11)', () => {
    const article = analyze(
      'Rights group investigates Afghanistan phosphorus claim',
      'The claim that the US used phosphorus bombs come from a doctor at a burn hospital in Herat that treated victims of the attack. Dr. Mohammad Aref Jalali says that many of the injured people from the Bala Baluk village in Farah Province, had "unusual" burns on their bodies.',
    );
    expect(attribution(article, 'unusual')).toMatchObject({ kind: 'direct', speaker: 'Mohammad Aref Jalali' });
  });

  test('is a term outside reported speech (near miss: usgov-nasa-cloudsat-ends-mission-clouds-2024-04-24)', () => {
    const sentence = 'Other orbiting science instruments use “passive” sensors that measure reflected sunlight or radiation emitted from Earth or clouds.';
    const start = sentence.indexOf('“') + 1;
    expect(attributiveWord(sentence, { open: start - 1, start, end: start + 'passive'.length })).toBe(true);
    expect(quotesOf(analyze('NASA’s CloudSat ends mission', sentence))).toHaveLength(0);
  });
});
