import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// Wikinews, "Lycos Europe ends its anti-spam campaign", 2004-12-06, CC BY 2.5
// (wikinews-lycos-europe-ends-anti-spam-campaign-2004-12-06, development half).
const EARLIER =
  'The page was replaced with a warning against the use of the screensaver, according to a screenshot sent via email to the Finnish security firm F-Secure.';

describe('"the company" after a name the name pass left out owns something', () => {
  test('"the Lycos\' server … The company had maintained …" is not the security firm two paragraphs up', () => {
    const article = analyze(
      'Lycos Europe ends its anti-spam campaign',
      EARLIER,
      "Next, one of the targeted sites redirected all traffic to the Lycos' server, making Lycos itself a target. The company had maintained that its server was immune from the attack.",
    );
    expect(attribution(article, 'its server was immune from the attack')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('a day that owns something ("Monday\'s attack") names no company, and "the company" still finds the firm', () => {
    const article = analyze(
      'Lycos Europe ends its anti-spam campaign',
      'The Finnish security firm F-Secure studied the screensaver.',
      "Monday's attack slowed many sites. The company said that its own servers were not affected.",
    );
    expect(attribution(article, 'its own servers were not affected')).toMatchObject({ kind: 'reported', speaker: 'F-Secure' });
  });
});
