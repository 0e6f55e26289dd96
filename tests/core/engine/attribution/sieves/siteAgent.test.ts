import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/siteAgent.ts: "as explained on the X website:" sets off the site's words.
// Paragraphs kept verbatim from gv-africa-local-content-oil-curse-2012-05-09 (Global Voices, May 2012).

const HEADLINE = 'Africa: Will Local Content Policies Help Avert the Oil Curse?';
const LEAD_IN = 'In Uganda, the same move towards the adoption of a local content policy is being made, as explained on the In2EastAfrica website:';
const SITE =
  'Uganda wants a strong local content in the nascent oil and gas industry for its citizens to gain skilled manpower and a competitive supply edge. This is in an attempt to ensure revenues trickles down, averting the resource curse.';
const WRITER =
  "Indeed, avoiding the oil curse is important for Uganda, particularly if it helps to prevent the emergence of other Joseph Kony- like characters. Petroleum was, after all, discovered in the north-west, near the border with the Democratic Republic of the Congo, the epicenter of the 30 year long conflict led by the Lord's Resistance Army chief. A local content policy would hopefully create employment for local populations and distract them from the path of war.";
const NEXT = 'In Kenya case, where oil was found earlier this year, Local Development Network of Africa asks on Twitter:';

test("a block quotation set off by '…, as explained on the In2EastAfrica website:' is the site's", () => {
  const article = analyze(HEADLINE, LEAD_IN, SITE, WRITER, NEXT);
  expect(attribution(article, 'Uganda wants a strong local content')).toMatchObject({ kind: 'direct', speaker: 'In2EastAfrica' });
  expect(article.entities.find((e) => e.name === 'In2EastAfrica')).toMatchObject({ sourceType: 'organisation' });
});

test("the writer's 'Indeed, …' paragraph after the site's words is not the site's", () => {
  const article = analyze(HEADLINE, LEAD_IN, SITE, WRITER, NEXT);
  expect(quotesOf(article).some((q) => q.text.startsWith('Indeed, avoiding'))).toBe(false);
});
