import { expect, test } from 'vitest';
import { receivedFromAnother } from '../../../../src/core/engine/attribution/receivedFrom';
import { analyze, attribution } from './helpers';

// receivedFrom.ts: words a cue's subject says it had from someone else are not the subject's. The sentence is from the
// held-out batch of session 42 (wikinews-us-federal-judge-dismisses-targeted-killing-lawsuit-2010-12-07, CC BY 2.5).
const AP =
  'AP reported that it received confirmation from Obama administration officials that, "al-Awlaki is on a capture or kill list"; and Agence France-Presse received similar statements from U.S. representatives.';

test('"AP reported that it received confirmation from Obama administration officials that, "…"" is not the agency\'s quote', () => {
  const article = analyze('US federal judge dismisses targeted killing lawsuit', AP);
  expect(attribution(article, 'al-Awlaki is on a capture or kill list')).toMatchObject({ kind: 'direct', speaker: null });
});

test('the words between the verb and the mark say where the subject had the words from', () => {
  expect(receivedFromAnother(' that it received confirmation from Obama administration officials that, ')).toBe(true);
});

// gv-global-citizen-dialogue-jim-moore-2004-12-04 (Global Voices, development half): a talk heard from someone, with no
// "that" opening what they said, passes on nobody's words.
test('"I just heard a stunning talk by Jackman from Scipps on "…"" holds no words had from another', () => {
  expect(receivedFromAnother(' a stunning talk by Jackman from Scipps on ')).toBe(false);
});
