import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';
import { saysThatInManner } from '../../../../../src/core/engine/attribution/reported/mannerThat';

// reported/mannerThat.ts: a verb that otherwise cues only a quotation (tweeted, posted, retorted, joked …) reports the
// that-clause after it. Sentences from the development half of tests/fixtures/real.

describe('a manner-of-saying or posting verb with a that-clause reports it', () => {
  test('a body\'s post: "the Norwegian Helsinki Committee tweeted that many were also questioning …" (gv-armenia-balloons-explode-campaign-rally-2012-05-05)', () => {
    const article = analyze(
      'Armenia: Balloons explode at campaign rally',
      'The following day, given the severity of the incident, the Norwegian Helsinki Committee tweeted that many were also questioning why the rally and concert continued.',
    );
    expect(attribution(article, 'many were also questioning why the rally and concert continued')).toMatchObject({ kind: 'reported' });
  });

  test('a retort: "Fitzsimons retorted that he believes this breaches his right to a fair trial" (wikinews-uk-mercenary-fitzsimons-gives-evidence-iraq-2011-01-24)', () => {
    const article = analyze('UK mercenary Fitzsimons gives evidence', 'Fitzsimons retorted that he believes this breaches his right to a fair trial.');
    expect(attribution(article, 'he believes this breaches his right to a fair trial')).toMatchObject({ kind: 'reported' });
  });

  test('near miss: a determiner\'s "that" before an object is no clause ("posted that photo on his blog")', () => {
    expect(saysThatInManner('posted', ' that photo on his blog')).toBe(false);
    expect(quotesOf(analyze('Headline', 'The mayor posted that photo on his blog.')).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  test('near miss: a verb that frames an object keeps to quotations ("called that decision a mistake")', () => {
    expect(saysThatInManner('called', ' that the decision was a mistake')).toBe(false);
    expect(saysThatInManner('joked', ' that he would run again')).toBe(true);
  });
});
