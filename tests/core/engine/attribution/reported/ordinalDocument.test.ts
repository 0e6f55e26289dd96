import { describe, expect, test } from 'vitest';
import { beforeNextOrdinal, ordinalDocumentBefore } from '../../../../../src/core/engine/attribution/reported/ordinalDocument';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/ordinalDocument.ts: "The first charged …, and the second accused …" of documents the paragraph counted.

describe('an ordinal standing for one of the documents counted before it', () => {
  // wikinews-us-house-impeaches-president-trump-2019-12-21 (Wikinews, CC BY 2.5), development half.
  test('"The first charged Trump with abuse of power, and the second accused him of obstruction of Congress": two charges, each its own', () => {
    const article = analyze(
      'US House of Representatives impeaches President Trump',
      'The House passed two different articles of impeachment. The first charged Trump with abuse of power, and the second accused him of obstruction of Congress.',
    );
    expect(attribution(article, 'Trump with abuse of power')).toMatchObject({ kind: 'reported', speaker: null, cue: 'The first charged' });
    expect(attribution(article, 'him of obstruction of Congress')).toMatchObject({ kind: 'reported', speaker: null, cue: 'the second accused' });
  });

  // wikinews-us-house-vote-impeachment-articles-senate-2020-01-15 (Wikinews, CC BY 2.5), development half.
  test('the same after a date: "On December 18, the House passed two articles of impeachment. The first charged President Trump …"', () => {
    const article = analyze(
      'US House votes to send impeachment articles to Senate',
      'On December 18, the House passed two articles of impeachment. The first charged President Trump with abuse of power, and the second accused him of obstruction of Congress.',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual(['President Trump with abuse of power', 'him of obstruction of Congress']);
  });

  test('an ordinal of people or of days is no document: nothing counted before it', () => {
    const text = 'Two men were arrested. The first said he was innocent.';
    expect(ordinalDocumentBefore(text, text.indexOf('The first'), text.indexOf('said'))).toBeNull();
  });

  // wikinews-samoa-ends-measles-state-of-emergency-2020-01-01 and wikinews-somali-pirates-attack-us-flagged-ship-evades-
  // capture-2009-11-18 (Wikinews, CC BY 2.5), development half.
  test('"the last measles-related death", "the second attempted hijacking": an ordinal before a noun ends no content', () => {
    const samoa = 'NEOC reported a 95% immunization rate on December 24, and the last measles-related death during the state of emergency on December 26.';
    expect(beforeNextOrdinal(samoa, samoa.indexOf('a 95%'), samoa.length - 1)).toBe(samoa.length - 1);
    const pirates = 'A spokesman for the European Naval Force described the second attempted hijacking of the Maersk Alabama as "pure chance."';
    expect(beforeNextOrdinal(pirates, pirates.indexOf('the second'), pirates.length)).toBe(pirates.length);
  });
});
