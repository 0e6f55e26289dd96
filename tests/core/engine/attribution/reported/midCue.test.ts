import { describe, expect, test } from 'vitest';
import { midSentenceCueEnd } from '../../../../../src/core/engine/attribution/reported/midCue';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/midCue.ts: a cue set after its content, with the sentence going on past it.

/** The sentence up to where its cue clause ends, or null. */
const upToCue = (sentence: string): string | null => {
  const end = midSentenceCueEnd(sentence);
  return end === null ? null : sentence.slice(0, end);
};

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
