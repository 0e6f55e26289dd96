import { describe, expect, test } from 'vitest';
import { displayedWords } from '../../../../src/core/engine/attribution/displayedWords';
import { findDirectQuotes } from '../../../../src/core/engine/directQuotes';
import { analyze, quotesOf } from './helpers';

// attribution/displayedWords.ts: words a sign, a poster or a shared link shows are no one's speech.
// Global Voices (CC BY 3.0), development half, May 2012.

const shown = (text: string) => findDirectQuotes(text).map((d) => displayedWords(text, d));

describe('words shown, not spoken', () => {
  test("a caption's sign, slogans given as examples and a headline shared with its link are shown words", () => {
    expect(
      shown(
        'A Lopez Obrador supporter before the presidential candidate debate on Sunday, May 6. Sign reads "Votes don\'t have prices, they have consequences. We vote for real change. Lopez Obrador, we trust you" Image by Flickr user Eneas (CC BY 2.0)',
      ),
    ).toEqual([true]);
    expect(
      shown(
        'Supporters have been gathering at the bar for the majority of the day, making posters with slogans such as “Your bombs don’t affect us,” DIY – no to fascism” and more.',
      )[0],
    ).toBe(true);
    expect(
      shown('RIP Carlos my friend. Yesterday the hoax about Gabo, but this is sadly true. "Carlos Fuentes dies at 83 http://t.co/2uQGHgvC via @USATODAY"'),
    ).toEqual([true]);
  });

  test('slogans in a sentence that says placards bore them are shown words, in English and in Spanish', () => {
    expect(
      shown('"Lower the cost of living, "Corruption kills", "No more Corruption and No more Bribes" read the placards that were carried by workers.').every(
        Boolean,
      ),
    ).toBe(true);
    expect(
      shown('“Abajo el alto costo de la vida”, “La corrupción mata”, “Ni corruptos ni coimeros”, se leía en las pancartas que portaban los trabajadores.'),
    ).toEqual([true, true, true]);
    expect(shown('"We will not stop," the union leader said, and the placards were raised.')).toEqual([false]);
  });

  // readOnSigns reads the words after the quote before it looks for the sentence's start (a long paragraph's whole
  // beginning). The slogans after the first, far into a paragraph; and the near miss, a sentence that opens on a verb.
  test('the same far into a long paragraph, and not for a sentence that does not open on the slogans', () => {
    const filler = 'Workers marched from the port to the square. '.repeat(300);
    const slogans =
      '“Abajo el alto costo de la vida”, “La corrupción mata”, “Ni corruptos ni coimeros”, se leía en las pancartas que portaban los trabajadores.';
    expect(shown(`${filler}${slogans}`).slice(1)).toEqual([true, true]);
    expect(shown(`${filler}Dijeron ${slogans}`)).toEqual([false, false, false]);
  });

  test('a sticker named with its text, and signs listed with their slogans, show their words', () => {
    expect(
      shown(
        'Demonstrating how some citizens were disturbed by the opaque ties between the oligarchs and the governing party, stickers with the text "Who is Lajos Simicska?" started popping up in the toilets of random Budapest bars.',
      ),
    ).toEqual([true]);
    expect(
      shown(
        'One reporter for the BBC noted a large number of young women in the crowd, especially college students. Signs included "Women DO Regret Abortion" and "I am the Pro-Life Generation," many held up by young women.',
      ),
    ).toEqual([true, true]);
    expect(shown('The organisers said the signs included a message to the president: "We will be back next year."')).toEqual([false]);
  });

  test('what a speaker says about a sign, or a quote with a link in it, is still speech', () => {
    expect(shown('The mayor said the sign was wrong: "We will take it down tomorrow."')).toEqual([false]);
    expect(shown('He tweeted: "Read my statement here http://t.co/abc and share it."')).toEqual([false]);
  });

  test("Rushdie's tweet is his quote, the headline he passes on is not", () => {
    const article = analyze(
      'Mexico: Tributes to Carlos Fuentes',
      'British-Indian writer Salman Rushdie (@SalmanRushdie) said:',
      'RIP Carlos my friend. Yesterday the hoax about Gabo, but this is sadly true. "Carlos Fuentes dies at 83 http://t.co/2uQGHgvC via @USATODAY"',
    );
    const texts = quotesOf(article).map((q) => q.text);
    expect(texts.some((t) => t.startsWith('RIP Carlos my friend'))).toBe(true);
    expect(texts).not.toContain('Carlos Fuentes dies at 83 http://t.co/2uQGHgvC via @USATODAY');
  });
});
