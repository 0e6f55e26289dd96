import { describe, expect, test } from 'vitest';
import { midSentenceCueEnd } from '../../../../../src/core/engine/attribution/reported/midCue';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/midCue.ts: a cue set after its content, with the sentence going on past it.

/** The sentence up to where its cue clause ends, or null. */
const upToCue = (sentence: string): string | null => {
  const end = midSentenceCueEnd(sentence);
  return end === null ? null : sentence.slice(0, end);
};

describe('a cue set after its content, then a clause of another voice past a semicolon', () => {
  // English Wikinews 2019, wikinews-hungarian-state-firm-acquires-hirtenberger-defence-2019-11-07 (development half).
  test('"…, Maróth said, and paying back this loan seems realistic; unnamed industry experts called this dubious …": both voices', () => {
    expect(upToCue("Already-queued orders won't leave idle capacity for some years, Maróth said, and paying back this loan seems realistic")).toBe(
      "Already-queued orders won't leave idle capacity for some years, Maróth said",
    );
    const article = analyze(
      'Hungarian state firm acquires Hirtenberger Defence',
      'While not naming any other bidders, Gáspár Maróth said the Hungarian bid won after lengthy negotiations, out of mulitple competing offers.',
      "The creditor Hungarian Development Bank is state-owned as well. Already-queued orders won't leave idle capacity for some years, Maróth said, and paying back this loan seems realistic; unnamed industry experts called this dubious to Népszava, as the market is saturated and margins are thin.",
    );
    expect(attribution(article, "Already-queued orders won't leave idle capacity for some years")).toMatchObject({
      kind: 'reported',
      speaker: 'Gáspár Maróth',
    });
    expect(attribution(article, 'this dubious')).toMatchObject({ kind: 'reported', speaker: null, cue: 'experts called' });
  });
});

describe('cue set mid-sentence after its content', () => {
  // NASA (public domain), development half; Wikinews (CC BY 2.5), fresh text.
  test('the cue clause ends where the sentence goes on with "and", "but" or "due to"', () => {
    expect(
      upToCue('CASBa will provide a variety of options and configurations for different mission needs, she said and will work with the core Flight System'),
    ).toBe('CASBa will provide a variety of options and configurations for different mission needs, she said');
    expect(upToCue('Ross had attempted suicide three times in the past, Norko told the court, but he is not suicidal now')).toBe(
      'Ross had attempted suicide three times in the past, Norko told the court',
    );
    expect(upToCue('The new Boeing 737 Max was not airworthy, investigators have said, and should not have taken off')).toBe(
      'The new Boeing 737 Max was not airworthy, investigators have said',
    );
    expect(upToCue('Better estimates have been hard to come by, David said, due to a lack of observations of the world’s rivers')).toBe(
      'Better estimates have been hard to come by, David said',
    );
    expect(
      upToCue('The bomb was placed on a motorcycle in a market, stated Minister of Information Moammar al-Eryani, and was left outside a restaurant'),
    ).toBe('The bomb was placed on a motorcycle in a market, stated Minister of Information Moammar al-Eryani');
  });

  // NASA, digital.gov (public domain) and Wikinews (CC BY 2.5), fresh text: the writer's own clauses.
  test('a verb with an object, a relative, a plural noun or a name after "and" makes no cue clause', () => {
    expect(
      upToCue(
        'With two opportunities at each landing site on May 24, Mission Control concluded Florida’s dynamic weather as unsuitable and elected to bring Atlantis home',
      ),
    ).toBeNull();
    expect(upToCue('We read each comment and discussed them, and then we clarified and expanded these parts of the strategy')).toBeNull();
    expect(
      upToCue(
        'If you are like Gator, you may have to brush up on what the word contiguous means, which describes the adjoining U.S. states and the District of Columbia',
      ),
    ).toBeNull();
    expect(upToCue('On Twitter, Adrian Wojnarowski, US sport columnist from ESPN, said Bryant and Gianna were on their way to a basketball game')).toBeNull();
    expect(upToCue('The plan failed, he said, and added that the board would resign')).toBeNull();
  });

  // Wikinews (CC BY 2.5), fresh text.
  test('the part before the cue is the reported quote, with the cue’s speaker', () => {
    const article = analyze(
      'Connecticut serial killer competent',
      'Psychiatrist Michael Norko testified on Monday.',
      'Ross had attempted suicide three times in the past, Norko told the court, but he is not suicidal now.',
    );
    expect(attribution(article, 'Ross had attempted suicide')).toMatchObject({ kind: 'reported', speaker: 'Michael Norko', cue: 'Norko told' });
    expect(quotesOf(article).find((q) => q.text.startsWith('Ross'))?.text).toBe('Ross had attempted suicide three times in the past');
  });
});

// Wikinews (CC BY 2.5), fresh pages in neither half of the corpus:
// https://en.wikinews.org/wiki/French_inventor_Franky_Zapata_successfully_crosses_English_Channel_on_jet-powered_hoverboard
// https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead
describe('a cue set after its content, then ", adding …"', () => {
  test('"…, Zapata said, adding it required …" is two quotes: the words before the cue and those after "adding"', () => {
    const article = analyze(
      'French inventor Franky Zapata successfully crosses English Channel on jet-powered hoverboard',
      'This Sunday, French inventor Franky Zapata successfully crossed the English Channel on a jet-powered freeflight flying device.',
      'Strong winds over the Channel presented difficulty during the crossing, Zapata said, adding it required much endurance to manage to stay airborne. "It\'s an isometric exercise for the thighs, so it burns — it\'s quite hard."',
    );
    const texts = quotesOf(article).map((q) => q.text);
    expect(texts).toContain('Strong winds over the Channel presented difficulty during the crossing');
    expect(texts).toContain('it required much endurance to manage to stay airborne');
    expect(attribution(article, 'Strong winds over the Channel')).toMatchObject({ kind: 'reported', speaker: 'Franky Zapata', cue: 'Zapata said' });
    expect(attribution(article, 'it required much endurance')).toMatchObject({ kind: 'reported', speaker: 'Franky Zapata', cue: 'adding' });
  });

  test('"…, officials told state media, adding that …" gives both clauses to the unnamed officials', () => {
    const article = analyze(
      'Magnitogorsk apartment building collapses after explosion, dozens dead',
      'A suspected gas leak led to an explosion, followed by the ten-storey building coming down. A total of 39 are confirmed dead, officials told state media, adding that rescuers ended their work yesterday.',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual(expect.arrayContaining(['A total of 39 are confirmed dead', 'rescuers ended their work yesterday']));
    expect(attribution(article, 'A total of 39')).toMatchObject({ kind: 'reported', speaker: null, cue: 'officials told' });
    expect(attribution(article, 'rescuers ended')).toMatchObject({ kind: 'reported', speaker: null, cue: 'adding' });
  });
});
