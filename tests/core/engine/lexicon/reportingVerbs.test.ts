import { expect, test } from 'vitest';
import { isSpeechVerb } from '../../../../src/core/engine/lexicon/reportingVerbs';
import { analyze, attribution, quotesOf } from '../attribution/helpers';

// reportingVerbs.ts: the verbs that report speech.

// Wikinews, "Ancient Egyptians collected wild ibis birds for sacrifice, says study" (2019-11-16, CC BY 2.5), development half.
test('"they reasoned" set inside the clause reports the argument around it, as "they argued" would', () => {
  const article = analyze(
    'Ancient Egyptians collected wild ibis birds for sacrifice, says study',
    'They found the DNA sequences from the ancient birds to be relatively diverse. If the birds had been domesticated or even heavily farmed, they reasoned, the Egyptian specimens would have shown only a little genetic diversity.',
  );
  expect(attribution(article, 'the Egyptian specimens would have shown').kind).toBe('reported');
});

test('only the past "reasoned" reports speech: "reasons" is a noun, and "a reasoned decision" reports nothing', () => {
  expect(isSpeechVerb('reasoned')).toBe(true);
  expect(isSpeechVerb('reasons')).toBe(false);
  expect(quotesOf(analyze('Court rules on appeal', 'The court issued a reasoned decision on Monday.'))).toEqual([]);
});
