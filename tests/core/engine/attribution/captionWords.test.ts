import { describe, expect, test } from 'vitest';
import { captionWords } from '../../../../src/core/engine/attribution/captionWords';
import { findDirectQuotes } from '../../../../src/core/engine/directQuotes';
import { analyze, quotesOf } from './helpers';

// attribution/captionWords.ts: a picture's caption that opens on words in marks shows them; nobody says them.
// Global Voices (CC BY 3.0), development half, May 2012.

const shown = (text: string) => findDirectQuotes(text).map((d) => captionWords(text, d));

describe("words a picture's caption opens on", () => {
  test('slogans a photo credit follows at once are shown words', () => {
    expect(shown('"I block! You too?" Photo by ateneinrivolta on Flickr (CC BY-ND 2.0).')).toEqual([true]);
    expect(shown('"Not one more lie. Regina Mártinez. Justice." Photo by Adri Lagunes on Flickr (CC BY-NC 2.0)')).toEqual([true]);
  });

  test('words a poster says or a paper bears are shown words', () => {
    expect(shown('"The key is in the Sun (Sol)" a poster says in the Madrid plaza. Photo by Elena Arrontes.')).toEqual([true]);
    expect(
      shown('"Sex is good, Botox (Putin\'s nickname) is bad" is written on the paper, 24 Dec 2011, photo by Dmitry Nikolaev, copyright © Demotix.'),
    ).toEqual([true]);
  });

  test('words a credited picture is made of are shown words', () => {
    expect(shown('"It was for an entire generation, but no more!", composed of avatars of Tunisian Twitter users. Image from Nawaat.org')).toEqual([true]);
  });

  test('a quote a caption gives a speaker, or one later in a paragraph, is still speech', () => {
    expect(shown('"We will not leave the square," said a protester in Frankfurt. Photo by ateneinrivolta on Flickr (CC BY-ND 2.0).')).toEqual([false]);
    expect(shown('A protester in Madrid held a sign. "The key is in the Sun (Sol)" a poster says.')).toEqual([false]);
    expect(shown('"It was for an entire generation, but no more!", composed Sami Ben Gharbia in a tweet.')).toEqual([false]);
  });

  test("the caption's slogan is no quote of the article, the blogger's words before it still are", () => {
    const article = analyze(
      'Germany: Blockupy Protests Against Austerity in Frankfurt',
      'The staff of banks were told by their employees to take the day off or work from home to avoid having to come into the city on Friday, May 18 - the day when the blockade to the financial district was expected to take place. However, as Jerome Ross from Roar Magazine wrote the night before, "Frankfurt [is] on lock-down as over 5,000 police [are] deployed in an unprecedented operation to keep protesters out of the city and away from the banks":',
      '"I block! You too?" Photo by ateneinrivolta on Flickr (CC BY-ND 2.0).',
    );
    const texts = quotesOf(article).map((q) => q.text);
    expect(texts).not.toContain('I block! You too?');
    expect(texts.some((t) => t.startsWith('Frankfurt [is] on lock-down'))).toBe(true);
  });
});
