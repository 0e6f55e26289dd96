import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/commalessCue.ts: "CLAUSE said NAME, title." with no comma before "said".
// usgov-gsa-social-media-customer-service-agencies-2015-04-24 (DigitalGov, public domain; the session 54 held-out batch).

const HEADLINE = 'Meeting Customer Needs Through Social Media';
const NCCIH =
  'The National Center for Complementary and Integrative Health (NCCIH) conducts and supports research and provides information about complementary health products and practices. The NCCIH team makes it a priority to respond to social media inquiries in a timely manner said Yasmine Kloth, Digital and Social Media Strategist for NCCIH.';
const CONTENT = 'The NCCIH team makes it a priority to respond to social media inquiries in a timely manner';

describe('inverted cue without its comma', () => {
  test('a full clause, then "said Yasmine Kloth, title", is Yasmine Kloth’s reported speech', () => {
    expect(attribution(analyze(HEADLINE, NCCIH), CONTENT)).toMatchObject({ kind: 'reported', speaker: 'Yasmine Kloth', cue: 'said Yasmine Kloth' });
  });

  test('a name after "said" that a clause of its own goes on from is what was said, not who said it', () => {
    const article = analyze(
      HEADLINE,
      NCCIH.replace(CONTENT, 'The NCCIH team told reporters on Monday that the agency').replace(
        'Digital and Social Media Strategist for NCCIH',
        'a strategist, had left',
      ),
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('The NCCIH team told reporters') && q.speakerId !== null && q.resolution === 'name')).toBe(false);
  });

  test('"who said NAME" is no cue: the words before it are no one’s', () => {
    const article = analyze(HEADLINE, NCCIH.replace(CONTENT, 'The NCCIH team makes it a priority to answer the people who'));
    expect(quotesOf(article).some((q) => q.text.startsWith('The NCCIH team makes it a priority'))).toBe(false);
  });
});
