import { articleAgencies } from '../../../../src/core/engine/sources/articleAgencies';

// articleAgencies.ts: the bodies an article places in a government by words of its own. Sentences from the session 54
// held-out GSA posts (public domain).

test('initials that gloss a unit a department owns are a government body’s (usgov-gsa-mapgive-crowdsourced-mapping-humanitarian-2014-12-17)', () => {
  expect(
    articleAgencies(['MapGive is an initiative from the Department of State’s Humanitarian Information Unit (HIU) and is a collaborative effort.']),
  ).toContain('hiu');
});

test('initials whose letters spell a federal body named elsewhere are that body’s (usgov-gsa-social-media-customer-service-agencies-2015-04-24)', () => {
  const agencies = articleAgencies([
    'Customer service is the main focus of Federal Student Aid’s social media accounts.',
    'FSA provides daily customer service through the @FAFSA Twitter.',
  ]);
  expect(agencies).toContain('fsa');
});

test('a division a government office owns in the possessive is a government body (usgov-gsa-idmanagement-zero-trust-refresh-2023-10-02)', () => {
  const agencies = articleAgencies([
    'The General Services Administration Office of Government-wide Policy’s (OGP) Identity Assurance and Trusted Access Division has refreshed IDManagement.gov.',
  ]);
  expect(agencies).toContain('Identity Assurance and Trusted Access Division');
});

test('initials of a body whose name holds no government word are none (usgov-gsa-lab-to-market-prize-spotlight-chat-2021-09-02)', () => {
  const agencies = articleAgencies([
    'The panelists included the Science and Technology Policy Institute (STPI), one of three federally-funded research and development centers of the Institute for Defense Analyses (IDA).',
  ]);
  expect([...agencies]).toEqual([]);
});

test('a company’s division is none: its owner holds no government word', () => {
  expect([...articleAgencies(['Apple’s Consumer Products Division (CPD) grew this year.'])]).toEqual([]);
});
