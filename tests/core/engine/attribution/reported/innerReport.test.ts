import { describe, expect, test } from 'vitest';
import { checkConsistency } from '../../../../../src/core/consistency';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/innerReport.ts: a report inside a report is an entry of its own, inside the outer one.

const MAGNITOGORSK = 'Magnitogorsk apartment building collapses after explosion, dozens dead';
const toilet = 'Arrests made after theft of gold toilet from Blenheim Palace';

describe('a report inside a report', () => {
  test('"The website further reported its anonymous source claimed …": both reports, the inner one inside the outer (Wikinews, Magnitogorsk, January 2019, dev)', () => {
    const article = analyze(
      MAGNITOGORSK,
      'One news site, Znak.com, claims a minibus was stopped by security services.',
      'The website further reported its anonymous source claimed a fourth offender escaped and remains wanted.',
    );
    expect(attribution(article, 'its anonymous source claimed a fourth offender')).toMatchObject({ kind: 'reported', cue: 'The website further reported' });
    expect(attribution(article, 'a fourth offender escaped and remains wanted')).toMatchObject({ kind: 'reported', speaker: null });
    expect(checkConsistency(article)).toEqual([]);
  });

  test('"Znak.com further reported its source said …" (Wikinews, Magnitogorsk, January 2019, dev)', () => {
    const article = analyze(MAGNITOGORSK, "Znak.com further reported its source said that apartment's tenant moved in the day before the blast.");
    // "said that apartment's …" reads "that" as the clause's opening word, as for any "said that …"; the gold's words match.
    expect(attribution(article, "apartment's tenant moved in the day before the blast")).toMatchObject({ kind: 'reported', speaker: null });
    expect(quotesOf(article)).toHaveLength(2);
  });

  test('"NPR reported Adil Abdul-Mahdi … recommended …" gives the inner report to the named person (fresh Wikinews, January 2020)', () => {
    const article = analyze(
      'Iraqi Parliament votes for expulsion of United States troops',
      'NPR reported Adil Abdul-Mahdi, the caretaker Prime Minister, recommended the United States troops in Iraq withdraw.',
    );
    expect(attribution(article, 'the United States troops in Iraq withdraw')).toMatchObject({ kind: 'reported', speaker: 'Adil Abdul-Mahdi' });
  });

  test('"Police said on Monday they believe …": the inner belief is its own entry (Wikinews, gold toilet, September 2019, dev)', () => {
    const article = analyze(toilet, 'Police said on Monday they believe the theft involved a group of thieves and multiple vehicles.');
    expect(attribution(article, 'they believe the theft involved')).toMatchObject({ kind: 'reported', cue: 'Police said' });
    expect(attribution(article, 'the theft involved a group of thieves and multiple vehicles')).toMatchObject({ kind: 'reported' });
  });

  test('"According to investigators, Zhukovskyy said …": the source\'s report around the clause, and the speaker\'s inside it (Wikinews, New Hampshire crash, June 2019, dev)', () => {
    const article = analyze(
      'Driver in New Hampshire multi-motorcycle crash pleads not guilty',
      'Acting via his lawyers, Volodoymyr Zhukovskyy, 23, pleaded not guilty on Tuesday to seven counts of negligent homicide in New Hampshire, United States.',
      'According to investigators, Zhukovskyy said he had over-corrected after being cut off by another driver, and he was not cited for the incident.',
    );
    expect(attribution(article, 'Zhukovskyy said he had over-corrected')).toMatchObject({ kind: 'reported', cue: 'According to investigators' });
    expect(attribution(article, 'he had over-corrected after being cut off')).toMatchObject({
      kind: 'reported',
      speaker: 'Volodoymyr Zhukovskyy',
      cue: 'Zhukovskyy said',
    });
    expect(checkConsistency(article)).toEqual([]);
  });

  test('a reflexive object makes no inner quote (fresh Wikinews, 2020)', () => {
    const ahola = analyze(
      'Open source game developer Perttu Ahola talks about Minetest',
      'Minecraft is a multi-platform commercial game, which was in alpha version when Ahola challenged himself to create something similar to it from scratch, he told Wikinews.',
    );
    expect(quotesOf(ahola).map((q) => q.text)).not.toContain('himself to create something similar to it from scratch');
  });

  test('"…, experts noted, that …" opens a whole clause after the set-off cue (fresh Wikinews, March 2020)', () => {
    const article = analyze(
      'COVID-19 may spread like flu, say scientists',
      "In a report released in The New England Journal of Medicine on Wednesday, scientists studying patients in Zhuhai in China's Guangdong Province reported that the newly emerged SARS-CoV-2, the coronavirus that causes COVID-19, may spread in a manner similar to influenza — suggesting, experts noted, that this outbreak, which began in the city of Wuhan in Hubei Province in December 2019, may call for containment measures similar to those for influenza.",
    );
    expect(attribution(article, 'this outbreak, which began in the city of Wuhan')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // wikinews-magnitogorsk-apartment-building-collapse-2019-01-04 (development half).
  test('a claim hands on a source\'s words as a report does: "Znak.com, claims FSB sources have ascribed the explosion to terrorism"', () => {
    const article = analyze(
      'Magnitogorsk apartment building collapse',
      'One news site, Znak.com, claims FSB sources have ascribed the explosion to terrorism.',
    );
    const texts = quotesOf(article).map((q) => q.text);
    expect(texts).toContain('FSB sources have ascribed the explosion to terrorism');
    expect(texts).toContain('the explosion to terrorism');
  });
});
