import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/nameShapedLeadIn.ts and the "that" of focusCue.ts: a colon lead-in whose subject is a name no list knows, with
// a name in its that-clause (held-out gv-narine-kolkata-west-indies-cricket-2014-06-02, Global Voices, June 2014).

const HEADLINE = 'West Indies: Narine Left Out of Test Series';
const LEAD = 'Sunil Narine, the West Indies spinner, stayed in India for the IPL final with the Kolkata Knight Riders.';
const LEAD_IN = 'Foxx Blaize did not like that Narine would have to be left out but understood the rationale:';
const BLOCK =
  "I don't think it's a particularly malicious decision…as the Board is taking a new direction, old things are [put] away…'West Indies first' is a good policy.";

describe('a colon lead-in opening on a name no list knows', () => {
  test('the block quotation is the subject’s, not the name in the that-clause', () => {
    const article = analyze(HEADLINE, LEAD, LEAD_IN, BLOCK);
    expect(attribution(article, "I don't think it's a particularly")).toMatchObject({ kind: 'direct', speaker: 'Foxx Blaize' });
    expect(article.entities.find((e) => e.name === 'Foxx Blaize')?.type).toBe('person');
  });

  test('a subject the article writes in lower case is no name: the block stays unattributed, still not the clause’s name', () => {
    const article = analyze(HEADLINE, `${LEAD} It was a bad day for handwriting.`, LEAD_IN.replace('Foxx Blaize', 'Bad Handwriting'), BLOCK);
    expect(attribution(article, "I don't think it's a particularly").speaker).toBeNull();
  });

  test('a known person opening the lead-in keeps the block, as before', () => {
    const article = analyze(HEADLINE, LEAD, 'Julia Whitehall agreed:', BLOCK);
    expect(attribution(article, "I don't think it's a particularly")).toMatchObject({ kind: 'direct', speaker: 'Julia Whitehall' });
  });

  test('a lead-in opening on the known person themself is theirs', () => {
    const article = analyze(HEADLINE, LEAD, 'Sunil Narine did not like that the Board would leave him out:', BLOCK);
    expect(attribution(article, "I don't think it's a particularly")).toMatchObject({ kind: 'direct', speaker: 'Sunil Narine' });
  });
});
