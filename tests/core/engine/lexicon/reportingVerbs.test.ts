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

// gv-bahamas-bloggers-election-results-2012-05-09, gv-israel-mofaz-derided-unity-government-2012-05-09 and
// gv-united-states-occupy-wall-street-returns-2012-05-02 (development half).
test('"concurred that", "proclaims" and "refutes" report what was said', () => {
  const bahamas = analyze(
    'Bahamas: Bloggers React to Election Results',
    'As it turned out, her second prediction was the most accurate. Weblog Bahamas concurred that the election was a "landmark" one, saying:',
  );
  expect(attribution(bahamas, 'the election was a "landmark" one')).toMatchObject({ kind: 'reported', speaker: 'Weblog Bahamas' });
  const mofaz = analyze(
    'Israel: Mofaz Derided Over Unity Government',
    'Noy Alooshe, the Israeli musician behind Gaddafi\'s "Zenga Zenga" remix, produced a new remix of footage in which Mofaz proclaims Netanyahu is a liar:',
  );
  expect(attribution(mofaz, 'Netanyahu is a liar').kind).toBe('reported');
  const occupy = analyze(
    'United States: Occupy Wall Street Returns',
    'On Twitter, Anonymous (@YourAnonNews) refutes the idea that the Occupy movement has failed:',
  );
  expect(attribution(occupy, 'the idea that the Occupy movement has failed').kind).toBe('reported');
});

test("a state proclaimed or a theory refuted by studies reports no one's words", () => {
  expect(quotesOf(analyze('Storm', 'The governor proclaimed a state of emergency on Monday.'))).toEqual([]);
  expect(quotesOf(analyze('Theory', 'The theory was refuted by later studies in Germany.'))).toEqual([]);
});
