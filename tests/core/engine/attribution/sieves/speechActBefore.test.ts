import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// speechActBefore.ts: a quote opening its sentence, with no cue, after a sentence a named person opens as the subject
// of a speech verb. Sentences verbatim from the development half (Wikinews 2019, CC BY 2.5).

const PARAGRAPH =
  'Brett McGurk, who was Trump\'s Special Presidential Envoy to the international military intervention against ISIL until December, also criticized the decision via Twitter. "The WH statement tonight on Syria after Trump spoke with Erdogan demonstrates a complete lack of understanding of anything happening on the ground. The "United States" is not holding any ISIS detainees. They are all being held by the SDF, which Trump just served up to Turkey." McGurk later wrote, "The SDF suffered thousands of casualties in the Raqqa battle. Not a single American life was lost. Trump later expanded the operation down the ERV. He touts these operations in political rallies but without apparent thought as to who did the fighting and dying."';

test('"Brett McGurk, …, also criticized the decision via Twitter. “…”" is McGurk\'s (wikinews-trump-announces-troop-withdrawal-from-syria)', () => {
  // "criticized the decision" is McGurk's reported speech (lexicon/objectSpeechVerbs.ts): the quote goes on from it.
  const article = analyze('Trump announces troop withdrawal from Syria', PARAGRAPH);
  expect(attribution(article, 'The WH statement tonight')).toMatchObject({ kind: 'direct', speaker: 'Brett McGurk' });
});

test('a speech verb with no words reported ("also commented via Twitter.") announces the quote after it', () => {
  // The sentence above with "commented" for "criticized the decision": no reported words, so this sieve reads it.
  const article = analyze('Trump announces troop withdrawal from Syria', PARAGRAPH.replace('criticized the decision', 'commented'));
  expect(attribution(article, 'The WH statement tonight')).toMatchObject({ kind: 'direct', speaker: 'Brett McGurk', resolution: 'name' });
});

// A side taken on the matter (lexicon/stanceVerbs.ts) announces the words after it as a speech verb does (development
// half, wikinews-trump-says-comey-fired-over-russia-investigation-showboating-2017-05-13, Wikinews, CC BY 2.5).
const MILLER =
  'While it is not illegal under U.S. law for President Trump to ask if he is under investigation, former U.S. Department of Justice spokesperson Matthew Miller described it as "completely inappropriate" and pointed out that Comey would not be allowed to answer under Department rules.';
const SANDERS =
  "Deputy White House Press Secretary Sarah Huckabee Sanders disagreed with Miller's assessment. \"I don't see it as a conflict of interest and neither do many of the legal scholars who've been commenting on it over the last hour.\" She did not elaborate on the reference to legal scholars.";

test("\"Sarah Huckabee Sanders disagreed with Miller's assessment. “I don't see it as a conflict of interest …”\" is Sanders's", () => {
  const article = analyze('Trump says Comey fired over Russia investigation', MILLER, SANDERS);
  expect(attribution(article, "I don't see it as a conflict")).toMatchObject({ kind: 'direct', speaker: 'Sarah Huckabee Sanders', resolution: 'name' });
});

test('a sentence before that takes no side ("read Miller\'s assessment") announces nothing: unattributed', () => {
  const article = analyze('Trump says Comey fired over Russia investigation', MILLER, SANDERS.replace('disagreed with', 'read'));
  expect(attribution(article, "I don't see it as a conflict").speaker).toBeNull();
});
