import { describe, expect, test } from 'vitest';
import { outsiderOf } from '../../../../src/core/engine/attribution/outsiderOf';
import { analyze, attribution, quotesOf } from './helpers';

// outsiderOf.ts: critics, opponents or supporters of a body speak for themselves, never for the body they are named after.

describe('critics of a body speak, not the body', () => {
  // WikinewsSum (airKlizz/WikinewsSum) record 56, "Thai government drops origami cranes as message of peace", 2004; wiki links stripped.
  const thai = analyze(
    'Thai government drops origami cranes as message of peace',
    'The government blamed their deaths on physical weakness due to fasting in the month of Ramadan as the cause, as most if not all the deaths occurred during transport of up to 500 arrested protestors. Critics of the Thai government have called for the resignation of Prime Minister Thaksin Shinawatra, blaming the  "over-eagerness" of Thai security forces as the cause of the deaths.',
  );

  test('"Critics of the Thai government have called for" leaves the call unattributed', () => {
    const call = attribution(thai, 'the resignation of Prime Minister');
    expect(call.speaker).toBeNull();
    expect(call.resolution).toBe('unattributed');
  });

  test('the critics\' quoted word "over-eagerness" is not the government\'s', () => {
    expect(attribution(thai, 'over-eagerness').speaker).toBeNull();
  });

  // wikinews-international-row-spielberg-quits-beijing-olympics-2008-02-14 (development half)
  test('"Critics of China contend" is not China speaking', () => {
    const article = analyze(
      'International row as Spielberg quits as adviser to Beijing Olympics',
      "Critics of China contend that China supports the Islamic regime in Sudan because it buys two-thirds of the country's oil exports and also sells it weapons.",
    );
    // The engine does not yet read "contend that" here (the gold holds the quote); whatever it reads is never China's.
    const china = article.entities.find((e) => e.name === 'China')?.id;
    expect(quotesOf(article).filter((q) => china !== undefined && q.speakerId === china)).toEqual([]);
  });
});

describe('a name with no article after the outsider noun', () => {
  // Written in the shape of the development sentence above, with a verb the engine reads.
  test('"Critics of China said" is not China speaking', () => {
    const article = analyze('Spielberg quits as adviser to Beijing Olympics', 'Critics of China said the Games should be moved.');
    const quote = attribution(article, 'the Games should be moved');
    expect(quote.speaker).toBeNull();
    expect(quote.resolution).toBe('unattributed');
  });
});

describe('where the outsider description starts', () => {
  test('at its noun, or after the clause comma before it', () => {
    const text = 'Critics of the Thai government said';
    expect(outsiderOf(text, 0, text.indexOf('Thai'))).toBe(0);
    const later = 'On Monday, opponents of the Thai government said';
    expect(outsiderOf(later, 0, later.indexOf('Thai'))).toBe(later.indexOf('opponents'));
  });

  test('not for members or spokespeople, who may speak for their body', () => {
    const text = 'A spokesman for the Thai government said';
    expect(outsiderOf(text, 0, text.indexOf('Thai'))).toBeNull();
    const officials = 'Officials of the Thai government said';
    expect(outsiderOf(officials, 0, officials.indexOf('Thai'))).toBeNull();
  });
});
