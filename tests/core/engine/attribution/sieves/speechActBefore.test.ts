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
