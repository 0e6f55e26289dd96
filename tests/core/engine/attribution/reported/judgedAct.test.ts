import { describe, expect, test } from 'vitest';
import { judgesAct } from '../../../../../src/core/engine/attribution/reported/judgedAct';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/judgedAct.ts: a verdict passed in words on a decision or a public act ("applauded calls by …", "attacked the proclamation …").

describe('a judging verb with a decision or a public act as its object', () => {
  // voa-tsvangirai-matonga-differ-runoff-interview-2008-06-25 (development half).
  test('"Tsvangirai applauded calls by the Southern African Development Community to delay runoff elections" reports the calls, his', () => {
    const article = analyze(
      'Tsvangirai, Matonga differ on runoff',
      'Opposition leader Morgan Tsvangirai and deputy information minister Bright Matonga spoke to VOA on Tuesday.',
      "During the interview on VOA's Straight Talk Africa, Tsvangirai applauded calls by the Southern African Development Community to delay runoff elections.",
    );
    expect(attribution(article, 'calls by the Southern African Development Community to delay runoff elections')).toMatchObject({
      kind: 'reported',
      speaker: 'Morgan Tsvangirai',
    });
  });

  // wikinews-erdogan-hagia-sophia-mosque-2019-03-31 (development half).
  test('"Erdogan also attacked the proclamation of Golan Heights as official Israeli territory" reports the proclamation as his words', () => {
    const article = analyze(
      'Erdogan says Hagia Sophia will become a mosque',
      'Turkish President Recep Tayyip Erdogan spoke on Sunday. On live television Erdogan also attacked the proclamation of Golan Heights as official Israeli territory by the President of the United States Donald Trump.',
    );
    const found = attribution(article, 'the proclamation of Golan Heights as official Israeli territory by the President of the United States Donald Trump');
    expect(found).toMatchObject({ kind: 'reported' });
    expect(found.speaker).toMatch(/Erdogan/);
  });

  // wikinews-us-judge-orders-release-trump-tax-records-2019-10-10 (development half): a participle, its speaker the clause's subject.
  test('"Trump responded to the ruling via Twitter, attacking the subpoena as a political strategy" reports the subpoena "as a political strategy"', () => {
    const article = analyze(
      'US judge orders release of Trump tax records',
      'President Donald Trump lost his case on Monday. Trump responded to the ruling via Twitter, attacking the subpoena as a political strategy: "The Radical Left Democrats have failed on all fronts."',
    );
    expect(attribution(article, 'the subpoena as a political strategy')).toMatchObject({ kind: 'reported', speaker: 'Donald Trump' });
  });

  // wikinews-cairo-summit-denounces-turkish-libyan-maritime-deal-2020-01-11 (development half; an optional gold entry).
  test('"the Turkish Ministry of Foreign Affairs denounced the conclusions of the summit" reports the conclusions, the ministry\'s', () => {
    const article = analyze(
      'Cairo summit denounces Turkish-Libyan maritime border agreement',
      'In a related press release issued the following day, the Turkish Ministry of Foreign Affairs denounced the conclusions of the summit, calling the agreements "legitimate and fully compatible with international law".',
    );
    expect(attribution(article, 'the conclusions of the summit')).toMatchObject({ kind: 'reported', speaker: 'Turkish Ministry of Foreign Affairs' });
  });

  // Deeds, not words: wikinews-bystanders-foil-knife-attacker-london-bridge-2019-12-02 and gv-armenia-nationalists-disrupt-diversity-march-2012-05-22 (development half).
  test("an attack on people or an audience's applause is no quote", () => {
    expect(quotesOf(analyze('Attack', 'Khan reportedly started attacking people there, and one of them died inside of the hall.'))).toEqual([]);
    expect(quotesOf(analyze('March', 'Neo-nazi elements attacked marchers on the way to the square.'))).toEqual([]);
    expect(quotesOf(analyze('Concert', 'The crowd applauded the band for two hours, and rebels attacked the convoy on Monday.'))).toEqual([]);
  });

  test('the object must be a decision or a public act, no possessive of one', () => {
    expect(judgesAct('applauded', " Trump's decision to leave the talks")).toBe(true);
    expect(judgesAct('denounced', ' the border agreement again')).toBe(true);
    expect(judgesAct('attacked', ' the convoy on Monday')).toBe(false);
    expect(judgesAct('applauded', ' the band for two hours')).toBe(false);
    expect(judgesAct('attacked', " the ruling's author in a speech")).toBe(false);
    expect(judgesAct('praised', ' the decision')).toBe(false);
  });
});
