import { describe, expect, test } from 'vitest';
import { ownsNamedRole } from '../../../../src/core/engine/attribution/possessorName';
import { analyze, attribution } from './helpers';

// attribution/possessorName.ts: a name that owns the role of the next name is not the sentence's subject.

// English Wikinews, "On the campaign trail in the USA, October 2020", 2020-11-02, CC BY 2.5 (fresh text, no gold).
const BOBULINSKI =
  "Just before the final presidential debate, Hunter Biden's former business partner Tony Bobulinski held a press conference claiming Joe Biden knew about his son's business deals, particularly with China, and that the elder Biden was involved with them.  He claimed to have evidence supporting the claim.";

describe('a possessor before a named role', () => {
  test('"He" after "Hunter Biden\'s former business partner Tony Bobulinski held …" is Bobulinski, not Hunter Biden', () => {
    const article = analyze('On the campaign trail in the USA, October 2020', BOBULINSKI);
    expect(attribution(article, 'to have evidence')).toMatchObject({ speaker: 'Tony Bobulinski', speakerRef: 'He' });
  });

  test('only an owned role of lowercase words may stand between the two names', () => {
    const text = "Hunter Biden's former business partner Tony Bobulinski";
    const end = 'Hunter Biden'.length;
    expect(ownsNamedRole(text, end, text.indexOf('Tony'))).toBe(true);
    const listed = 'Hunter Biden and Tony Bobulinski';
    expect(ownsNamedRole(listed, end, listed.indexOf('Tony'))).toBe(false);
  });

  // wikinews-putin-calls-us-troops-poland-threat-2017-01-13 (development half, blind gold of session 46).
  test('"He" after "Trump\'s proposed Secretary of Defense, James Mattis, backed NATO" is Mattis, not Trump', () => {
    const article = analyze(
      "Putin calls US troops in Poland 'a threat'",
      "Trump's proposed Secretary of Defense, James Mattis, backed NATO before the US Senate yesterday. He said Putin aimed to weaken the NATO alliance.",
    );
    expect(attribution(article, 'Putin aimed to weaken the NATO alliance')).toMatchObject({ speaker: 'James Mattis', speakerRef: 'He' });
  });

  test('a capitalised phrase a possessive owns is a title only when it holds a role or title word', () => {
    const titled = "Trump's proposed Secretary of Defense, James Mattis";
    expect(ownsNamedRole(titled, 'Trump'.length, titled.indexOf('James'))).toBe(true);
    const visit = "Trump's visit to Paris, Emmanuel Macron";
    expect(ownsNamedRole(visit, 'Trump'.length, visit.indexOf('Emmanuel'))).toBe(false);
  });
});
