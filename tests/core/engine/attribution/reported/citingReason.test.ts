import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/citingReason.ts: "…, citing X" after a clause gives the reason the clause's subject put forward.

describe('a reason given by "citing" after a clause', () => {
  // gv-thailand-akong-dies-in-prison-2012-05-12 (development half).
  test('"the Court of Appeals repeatedly denied Ampon bail, citing the severity of the case …" is the court\'s reason', () => {
    const article = analyze(
      'Thailand: Grandfather Serving Lese Majeste Sentence Dies in Prison',
      'While in custody, the Court of Appeals repeatedly denied Ampon bail, citing the severity of the case as a threat to national security and possibility of his flight.',
    );
    expect(attribution(article, 'the severity of the case')).toMatchObject({ kind: 'reported', speaker: 'Court of Appeals', cue: 'citing' });
  });

  // wikinews-arizona-florida-illinois-primaries-ohio-postpones-2020-03-20 (development half).
  test('"Governor Mike DeWine postponed it, citing the health crisis" gives the reason to the governor', () => {
    const article = analyze(
      'Arizona, Florida, Illinois hold primaries; Ohio postpones',
      'In Ohio, which was planning to hold its primary election on Tuesday, Governor Mike DeWine postponed it, citing the health crisis.',
    );
    expect(attribution(article, 'the health crisis')).toMatchObject({ kind: 'reported', speaker: 'Mike DeWine' });
  });

  // wikinews-drone-attacks-saudi-oil-facilities-2019-09-15 (development half).
  test('"Reuters, citing anonymous sources, reported …": the sources cited are no words of Reuters', () => {
    const article = analyze(
      'Drone attacks hit Saudi oil facilities',
      'Reuters, citing anonymous sources, reported both production and export of oil had been disrupted.',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('anonymous sources'))).toBe(false);
  });

  // wikinews-sars-cov-2-surpasses-one-million-infections-2020-04-05 (development half).
  test('"CBS News reported, citing Johns Hopkins University data, there were …": the data cited is part of the cue', () => {
    const article = analyze(
      'SARS-CoV-2 surpasses one million infections',
      'CBS News reported, citing Johns Hopkins University data, there were over 1,000 US deaths on Wednesday caused by coronavirus.',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('Johns Hopkins University data'))).toBe(false);
  });

  // wikinews-fur-fans-toronto-furnal-equinox-2019-03-25 (development half).
  test('"citing the Chuck Jones quote that …" leaves the quoted words to their author', () => {
    const article = analyze(
      'Fur fans gather in Toronto',
      'They felt that they learned more from failed projects than successful ones, citing the Chuck Jones quote that "every artist has thousands of bad drawings," and that you have to work through them to achieve.',
    );
    expect(quotesOf(article).some((q) => q.kind === 'reported' && q.text.startsWith('the Chuck Jones quote'))).toBe(false);
  });

  test('"a report citing the mayor\'s office", with no comma, reports nothing of its own', () => {
    const article = analyze('Unrest in Washington', "The figures come from a report citing the mayor's office.");
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });
});
