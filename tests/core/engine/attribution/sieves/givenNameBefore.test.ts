import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/givenNameBefore.ts: a given name the lists do not know, alone before a colon cue's verb, calls the person named in full just before.

// Global Voices, "Egypt: Eyewitness Account of Abbassiya Clashes" (2 May 2012), CC BY 3.0, development half.
const EGYPT = 'Egypt: Eyewitness Account of Abbassiya Clashes';
const ACCOUNT =
  "Last night, like most people, I wasn't able to sleep, and when I woke up I couldn't do anything apart from go to the sit-in. I took the metro to Kobry El-Qobba  station, and walked along El-Khalifa El-Ma'moon St [intersecting with MOD].";

describe('a lone given name before a colon cue', () => {
  test('"… by blogger Bassem Zakaria El-Samragy, who was at the sit-in. Bassem writes:" gives the account to Bassem Zakaria El-Samragy', () => {
    const article = analyze(
      EGYPT,
      'The following is an eye-witness account [ar] by blogger Bassem Zakaria El-Samragy, who was at the sit-in. Bassem writes:',
      ACCOUNT,
    );
    expect(attribution(article, 'Last night, like most people')).toMatchObject({
      kind: 'direct',
      speaker: 'Bassem Zakaria El-Samragy',
      speakerRef: 'Bassem',
      resolution: 'name',
    });
  });

  test('someone named between the full name and the given name could be meant: the account stays unattributed', () => {
    const article = analyze(
      EGYPT,
      'The following is an eye-witness account [ar] by blogger Bassem Zakaria El-Samragy, who spoke with Mohamed ElBaradei at the sit-in. Bassem writes:',
      ACCOUNT,
    );
    expect(quotesOf(article).find((q) => q.text.startsWith('Last night'))?.speakerId ?? null).toBeNull();
  });

  // Global Voices, "Egypt: First Presidential Debate …" (12 May 2012), CC BY 3.0, development half: another Bassem.
  const SABRY = 'Yet Aboul Fotouh had a more powerful reply, tweeted by Egyptian blogger Bassem Sabry:';
  const TWEET = 'Fotouh: If I were president, the Abbasiyya events would not have happened at all, would protect right to protests and sit ins - #Monazarat';

  test('with two Bassems in the article, "Bassem writes:" right after "blogger Bassem Zakaria El-Samragy, who was at the sit-in." is his', () => {
    const article = analyze(
      EGYPT,
      SABRY,
      TWEET,
      'The following is an eye-witness account [ar] by blogger Bassem Zakaria El-Samragy, who was at the sit-in. Bassem writes:',
      ACCOUNT,
    );
    expect(attribution(article, 'Last night, like most people')).toMatchObject({ speaker: 'Bassem Zakaria El-Samragy', speakerRef: 'Bassem' });
  });

  test('a given name two people share, with someone else named between, stays unattributed', () => {
    const article = analyze(
      EGYPT,
      SABRY,
      TWEET,
      'The following is an eye-witness account [ar] by blogger Bassem Zakaria El-Samragy, who spoke with Mohamed ElBaradei at the sit-in. Bassem writes:',
      ACCOUNT,
    );
    expect(quotesOf(article).find((q) => q.text.startsWith('Last night'))?.speakerId ?? null).toBeNull();
  });
});
