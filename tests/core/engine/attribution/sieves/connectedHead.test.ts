import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/connectedHead.ts: a colon cue opening with a connector and one capitalised word ("But Phetie reminds …:").

describe('a colon cue that opens with a connector and one capitalised word', () => {
  // gv-malawi-banda-promises-lift-homosexuality-ban-2012-05-19: the article writes "Phetie" nowhere else.
  test('the connector is no part of the name, and a user name the text writes nowhere else is the writer (as "Harutizwi asks …:")', () => {
    const article = analyze(
      'Malawi: President Promises to Lift Homosexuality Ban',
      "But Phetie reminds critics that Malawi's system of government and even Christianity did not come from Malawi:",
      'Its no prblm 4 Malawi legalising homosexuality...after all almost evrythn in our system of government copies 4rm western countries',
    );
    expect(attribution(article, 'Its no prblm 4 Malawi')).toMatchObject({ kind: 'direct', speaker: 'Phetie' });
  });

  test('a writer the text named in full before is the speaker ("However, Chikondi reminds readers …:")', () => {
    const article = analyze(
      'Malawi: Bloggers Debate the New Cabinet',
      'Blogger Chikondi Mwale wrote about the cabinet on his blog last week.',
      'However, Mwale reminds readers that the cabinet is still too large:',
      'The cabinet has thirty ministers and deputies, more than the country can afford in these hard times.',
    );
    expect(attribution(article, 'The cabinet has thirty ministers')).toMatchObject({ kind: 'direct', speaker: 'Chikondi Mwale' });
  });
});
