import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// quotedAs.ts: "X quoted Y as saying "…"" is Y's quote, not the outlet X's. Sentences kept verbatim from fresh text not
// in the corpus: Wikinews, "US President Trump declares COVID-19 national emergency" (2020, CC BY 2.5).

describe('an outlet that quotes someone as saying', () => {
  test('"Politico quoted Tim Manning, formerly …, as saying "…"" is Tim Manning’s, and so is the phrase joined to it', () => {
    const article = analyze(
      'US President Trump declares COVID-19 national emergency',
      'Trump also put the Federal Emergency Management Agency (FEMA) in charge of the government\'s response to COVID-19, which Politico reported left some experts in disaster management disappointed. Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "FEMA has an important role in coordinating the larger response to the crisis" and "[i]f there\'s an emergency, FEMA needs to be involved."',
    );
    expect(attribution(article, 'FEMA has an important role')).toMatchObject({ speaker: 'Tim Manning', resolution: 'name' });
    expect(attribution(article, "[i]f there's an emergency")).toMatchObject({ speaker: 'Tim Manning' });
  });

  test('the one quoted is never the outlet, even when no pass read their name', () => {
    const article = analyze('Storm news', 'The Gazette quoted a tired shop owner as saying "We have lost everything we had in this storm."');
    expect(attribution(article, 'We have lost everything').speaker).not.toBe('The Gazette');
  });
});

// Wikinews, "Internal emails expose Boeing-Air Force contract discussions" (2004, CC BY 2.5), development half.
describe('"quotes" in the present, an unnamed person quoted', () => {
  test('"GovExec.com quotes a “Senate aide” as saying: “…”" is the aide\'s, left unattributed, never the outlet\'s', () => {
    const article = analyze(
      'Internal emails expose Boeing-Air Force contract discussions',
      'GovExec.com quotes a "Senate aide" as saying: "The House language [of the spending bill] ignores an analysis of alternatives called for in last year\'s authorizing language and by Pentagon Acquisition Director Michael Wynne and the DSB. It precludes such an analysis and predetermines the outcome in favor of the Boeing 767 before the study is even initiated." The activist organization the Project on Government Oversight has called it "a textbook case of favoritism to a single defense contractor."',
    );
    expect(attribution(article, 'The House language')).toMatchObject({ kind: 'direct', speaker: null, cue: 'a "Senate aide" as saying' });
  });
});

// Global Voices, "Pakistan: Twitter Goes Through Weekend of Censorship" (20 May 2012, CC BY 3.0), development half.
describe('"quotes NAME saying", with no "as"', () => {
  test('"Dawn.com quotes Chairman PTA Mohammed Yaseen saying that …:" is the chairman\'s, not the outlet\'s, and so is the block after', () => {
    const article = analyze(
      'Pakistan: Twitter Goes Through Weekend of Censorship',
      'Dawn.com quotes Chairman PTA Mohammed Yaseen saying that they tried to negotatiate with Twitter to remove the content:',
      'We have been negotiating with them until last night, but they did not agree to remove the stuff, so we had to block it',
    );
    expect(attribution(article, 'they tried to negotatiate')).toMatchObject({ kind: 'reported', cue: 'Chairman PTA Mohammed Yaseen saying that' });
    expect(attribution(article, 'We have been negotiating')).toMatchObject({ kind: 'direct', cue: 'quotes Chairman PTA Mohammed Yaseen' });
  });
});

describe('someone who "is quoted by" an outlet "as saying"', () => {
  // wikinews-supreme-court-united-states-contemplates-same-sex-marriage-2013-03-26 (development half).
  test('"Eastman is quoted by U.S. News and World Report as saying of Kennedy, “…”" is Eastman’s, not the outlet’s', () => {
    const article = analyze(
      'Supreme Court of the United States contemplates same-sex marriage',
      'John Eastman, law professor at Chapman University and chairman of National Organization for Marriage, a group that opposes same-sex marriage, believes the eventual ruling will be a close one, with Associate Justice Anthony Kennedy likely to be the key swing vote. Eastman is quoted by U.S. News and World Report as saying of Kennedy, "All eyes are on Justice Kennedy and he\'s obviously written the two major gay rights decisions in the past decade and a half and that means that people rightly think that he\'s kind of open to taking this step, but he has studiously avoided taking that step in prior cases."',
    );
    expect(attribution(article, 'All eyes are on Justice Kennedy')).toMatchObject({ kind: 'direct', speaker: 'John Eastman', resolution: 'name' });
  });

  test('a document that "was quoted by" an outlet "as saying" is never the outlet’s', () => {
    const article = analyze('Storm news', 'The memo was quoted by The Gazette as saying "We have lost everything we had in this storm."');
    expect(attribution(article, 'We have lost everything').speaker).not.toBe('The Gazette');
  });
});
