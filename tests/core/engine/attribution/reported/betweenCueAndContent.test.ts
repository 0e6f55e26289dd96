import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/betweenCueAndContent.ts: language tags, the audience, an aside and the medium between a cue verb and its content.

describe('words between a cue verb and its content', () => {
  test('a link’s language tag after the verb is skipped: "claiming [ru] that …"', () => {
    const article = analyze(
      'Russia: Duma Deputy Wants Extremist Tweets Prosecuted',
      'Hours after news of this petition caused a stir in the media, Aleksandr Khinshtein responded by publishing the full text of his letter, claiming [ru] that his initiative is not a plea for political censorship.',
    );
    expect(attribution(article, 'his initiative is not a plea')).toMatchObject({ kind: 'reported', speaker: 'Aleksandr Khinshtein' });
  });

  test('"explained to us that …": the audience is not part of the content', () => {
    const article = analyze(
      'Clandestine abortions in Goma',
      "Lawyer Alain Lushule, a member of the bar in Goma, explained to us that Articles 165 and 166 of the Congolese Penal Code mandate a punishment of 5 to 10 years' imprisonment.",
    );
    expect(attribution(article, 'Articles 165 and 166')).toMatchObject({ kind: 'reported', speaker: 'Alain Lushule' });
  });

  test('an aside in commas before "that" is skipped, after a perfect tense too', () => {
    const article = analyze(
      'Russia: Duma Deputy Wants Extremist Tweets Prosecuted',
      'Aleksandr Khinshtein wrote a letter to the Prosecutor General.',
      "In what seems particularly outrageous to many bloggers, Khinshtein has claimed, as well, that retweeting (reposting another user's message) also carries criminal liability.",
    );
    expect(attribution(article, 'retweeting')).toMatchObject({ kind: 'reported', speaker: 'Aleksandr Khinshtein' });
  });

  test('"said in an email she is …": the medium is skipped and the clause without "that" is the content', () => {
    const article = analyze('Clandestine abortions in Goma', 'Local administrator Mapendo Victorine said in an email she is very concerned about this act.');
    expect(attribution(article, 'she is very concerned')).toMatchObject({ kind: 'reported', speaker: 'Mapendo Victorine' });
  });

  // NASA (public domain), fresh text: an aside inside a participle cue.
  test('", noting, as an example, that …" goes on with the sentence’s speaker', () => {
    const article = analyze(
      'Asian American and Pacific Islander Heritage Month',
      'Hemanth Koralla observed that the festival and other ASIA ERG events help spread cultural awareness, noting, as an example, that he did not know Nowruz was a holiday until the ERG organized a related celebration.',
    );
    expect(attribution(article, 'he did not know Nowruz')).toMatchObject({ kind: 'reported', speaker: 'Hemanth Koralla' });
  });

  test('"agreed to a plan that …" names no audience: nothing after "that" is reported', () => {
    const article = analyze('Budget', 'Finance Minister John Smith agreed to a plan that would cut taxes for small firms.');
    expect(quotesOf(article).filter((q) => q.text.startsWith('would cut'))).toEqual([]);
  });
});
