import { describe, expect, test } from 'vitest';
import { isStatedFinding, statedFindingCues } from '../../../../../src/core/engine/attribution/reported/statedFinding';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/statedFinding.ts: "drew the conclusion that", "broke the news that", "brought attention to the fact that",
// "put forth the notion that": a phrase standing for a speech verb, its clause after "that" reported.

describe('a phrase that announces a clause after "that"', () => {
  // gv-hungary-oligarch-buzzword-2012-05-09 (development half).
  test('"He drew the conclusion that …" reports the clause, for the blogger or left unattributed', () => {
    const article = analyze(
      'Hungary: “Oligarch” is the New Buzzword of the Hungarian Net',
      'One of these journalists was Attila Mong, also known for his fight for free media in the country. He published a post on his blog titled You-Know-Who and He-Who-Must-Not-Be-Named [hu], in which he summed up the mentions of Zsolt Nyerges and Lajos Simicska in the mainstream media based upon the data of a Hungarian media monitoring agency. He drew the conclusion that these two persons had become "the Voldemort" of almost every media outlet in Hungary.',
    );
    const quote = attribution(article, 'these two persons had become "the Voldemort" of almost every media outlet in Hungary');
    expect(quote).toMatchObject({ kind: 'reported', cue: 'He drew the conclusion that' });
    expect([null, 'Attila Mong']).toContain(quote?.speaker);
  });

  // gv-peru-priest-gaston-garatea-banned-2012-05-21 (development half).
  test('"local online edition of newspapers [es] broke the news that …" is reported, its unnamed source left unattributed', () => {
    const article = analyze(
      'Peru: Controversy Over Banning of Popular Priest',
      'On Friday May 11, 2012, local online edition of newspapers [es] broke the news that the Cardinal Priest and Archbishop of Lima, Juan Luis Cipriani, had decided not to renew the ministerial license for Father Gaston Garatea [es], a well-known Peruvian priest from the Congregation of the Sacred Hearts of Jesus and Mary.',
    );
    const quote = quotesOf(article).find((q) => q.text.startsWith('the Cardinal Priest and Archbishop of Lima'));
    expect(quote).toMatchObject({ kind: 'reported', speakerId: null });
  });

  // gv-norway-oslo-freedom-forum-latin-america-2012-05-15 (development half).
  test('"Granier affirmed that …, and brought attention to the fact that …" is two reports by Granier', () => {
    const article = analyze(
      'Norway: Discussing Latin America at the Oslo Freedom Forum',
      'In Oslo, we had the opportunity to sit down with Venezuelan native Marcel Granier, General Director of Radio Caracas Television. With regards to the forum, Granier affirmed that "every day there is a greater sense of consciousness" about the current situation in Venezuela, which "increases [incidentally] the level of consciousness on a global level," and brought attention to the fact that respecting human rights in his country will be fundamental to guaranteeing the well-being of all Venezuelans, in addition to securing diaspora\'s return to their land.',
    );
    expect(
      attribution(
        article,
        "respecting human rights in his country will be fundamental to guaranteeing the well-being of all Venezuelans, in addition to securing diaspora's return to their land",
      ),
    ).toMatchObject({ kind: 'reported', speaker: 'Marcel Granier' });
  });

  // wikinews-us-federal-judge-dismisses-targeted-killing-lawsuit-2010-12-07 (development half).
  test('"put forth the notion during the case that …" takes the words between noun and "that" into the cue', () => {
    const sentence = 'The U.S. government put forth the notion during the case that the court did not have jurisdiction to review actions.';
    expect(statedFindingCues(sentence).map((m) => m[0])).toEqual(['put forth the notion during the case']);
    expect(isStatedFinding('put forth the notion during the case')).toBe(true);
  });

  test('the phrase without a clause after "that", or a stance noun a speech verb governs, is not this cue', () => {
    expect(statedFindingCues('The committee drew the conclusion from the data, and the fact that it was late was noted.')).toEqual([]);
    expect(statedFindingCues('She broke the news to her family at dinner.')).toEqual([]);
    expect(statedFindingCues('Betancourt also rejected the idea that the rescue operation was staged.')).toEqual([]);
    expect(isStatedFinding('said')).toBe(false);
  });
});
