import { describe, expect, test } from 'vitest';
import { creditedBelow } from '../../../../../src/core/engine/attribution/sieves/creditedBelow';
import { analyze, attribution } from '../helpers';

// sieves/creditedBelow.ts: a block quotation goes on, paragraph after paragraph, up to a credit line naming its source.

// wikinews-us-judge-orders-release-trump-tax-records-2019-10-10 (development half; Wikinews, CC BY 2.5).
const HEADLINE = "U.S. judge orders release of President Trump's tax records, appeals court issues delay";
const INTRO =
  'On Monday, United States District Court Judge Victor Marrero issued a ruling against President Donald Trump. Trump argued that, as president, he should be immune from prosecution. Marrero rejected this argument:';
const FIRST =
  'The notion of federal supremacy and presidential immunity from judicial process that the President here invokes, unqualified and boundless in its reach as described above, cuts across the grain of [...] constitutional precedents.';
const SECOND =
  "Because this Court finds aspects of such a doctrine repugnant to the nation's governmental structure and constitutional values, and for reasons further stated below, it ABSTAINS from adjudicating this dispute and DISMISSES the President's suit.";
const CREDIT = '– United States District Judge Victor Marrero, "Decision and Order"';

describe('a block quotation closed by its credit line', () => {
  test('the second paragraph of the decision, before "– … Victor Marrero, "Decision and Order"", is Marrero\'s too', () => {
    const article = analyze(HEADLINE, INTRO, FIRST, SECOND, CREDIT, "Following Marrero's order, the appeals court issued a stay.");
    expect(attribution(article, 'The notion of federal supremacy')).toMatchObject({ kind: 'direct', speaker: 'Victor Marrero' });
    expect(attribution(article, 'Because this Court finds aspects')).toMatchObject({ kind: 'direct', speaker: 'Victor Marrero' });
  });

  test('a credit line naming someone else, a quotation or a colon before it, or no credit line, carries nothing on', () => {
    expect(creditedBelow([INTRO, FIRST, SECOND, CREDIT], 2, 'Victor Marrero')).toBe(true);
    expect(creditedBelow([INTRO, FIRST, SECOND, '– Chief Justice John Roberts'], 2, 'Victor Marrero')).toBe(false);
    expect(creditedBelow([INTRO, FIRST, 'The judge wrote: "We abstain."', CREDIT], 2, 'Victor Marrero')).toBe(false);
    expect(creditedBelow([INTRO, FIRST, SECOND, 'Following the order, the appeals court issued a stay.'], 2, 'Victor Marrero')).toBe(false);
  });
});
