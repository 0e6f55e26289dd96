import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// roleComplement.ts: an organisation "of" joins to a role inside a description set off by commas is the role's
// complement, never the subject of the verb after the closing comma.

const CUMMINGS = 'US Representative Elijah Cummings dies at age 68';
// wikinews-elijah-cummings-dies-2019-10-18 (development half), paragraph 15.
const STATEMENT =
  'The Baltimore Sun reported Cummings had been sick and was missing from Capitol Hill; his last roll call vote was on September 11. At 2:45 a.m. local time (0645 UTC), his office said, he died at Gilchrist Hospice Care. In a statement, Maya Rockeymoore Cummings, his wife and the current chairwoman of the Maryland Democratic Party, said Cummings "worked until his last breath".';

describe('an organisation inside a role appositive', () => {
  test('"Maya Rockeymoore Cummings, his wife and the current chairwoman of the Maryland Democratic Party, said" is Maya\'s, never the party\'s', () => {
    const article = analyze(CUMMINGS, 'Early yesterday morning, United States Representative Elijah Cummings died while in hospice care.', STATEMENT);
    expect(attribution(article, 'worked until his last breath')).toMatchObject({ kind: 'direct', speaker: 'Maya Rockeymoore Cummings' });
    const speakers = quotesOf(article).map((q) => article.entities.find((e) => e.id === q.speakerId)?.name ?? null);
    expect(speakers).not.toContain('Maryland Democratic Party');
  });

  // Fresh English Wikinews pages of 2019 (CC BY 2.5), in neither half of tests/fixtures/real: a found person still speaks.
  test('"Damodar Naik, spokesperson for the Bharatiya Janata Party, said" is Naik\'s', () => {
    const article = analyze(
      "Francis D'Souza, former deputy chief minister of Goa, dies aged 64",
      "Goa's government announced three days of mourning for D'Souza. Damodar Naik, spokesperson for the Bharatiya Janata Party, said D'Souza had been an \"iconic\" leader of the party.",
    );
    expect(attribution(article, 'iconic').speaker).toBe('Damodar Naik');
  });
});
