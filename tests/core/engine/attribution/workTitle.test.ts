import { describe, expect, test } from 'vitest';
import { findDirectQuotes } from '../../../../src/core/engine/directQuotes';
import { titleAfterWorkNoun } from '../../../../src/core/engine/attribution/workTitle';
import { analyze, quotesOf } from './helpers';

// attribution/workTitle.ts: words in marks right after the noun of a titled work are its title, no one's speech.
// Global Voices (CC BY 3.0), development half, May 2012.

const titles = (text: string) => findDirectQuotes(text).map((d) => [text.slice(d.start, d.end), titleAfterWorkNoun(text, d)]);

describe("a work's title in marks after its noun", () => {
  test("a blog's, an article's and a podcast's titles are titles, in sentence case too", () => {
    expect(titles('On this topic, the author of the blog “In 2310 and 8225” Yasmín Silvia Portales pointed out later in her post “I failed”:')).toEqual([
      ['In 2310 and 8225', true],
      ['I failed', true],
    ]);
    expect(
      titles(
        "The cultural and political crises which Pakistan is facing today were seen years ago by Manto in his article 'Allah ka bara fazl ha' (God's benevolence is infinite).",
      ),
    ).toEqual([['Allah ka bara fazl ha', true]]);
    expect(
      titles(
        "Kim Eo-joon, head of an activist Internet newspaper and one of four hosts of the nation's most popular podcast 'I am a petty-minded creep', which lampoons the country's president and governing ruling party, appeared for questioning.",
      ),
    ).toEqual([['I am a petty-minded creep', true]]);
  });

  test("an initiative's, a comedy's and a competition's titles are titles, the last after 'called'", () => {
    expect(
      titles(
        'The grassroots initiative "for an unconditional basic income" proposes that "the establishment of an unconditional universal benefit" be written into the federal constitution.',
      ),
    ).toEqual([
      ['for an unconditional basic income', true],
      ['the establishment of an unconditional universal benefit', false],
    ]);
    expect(titles("In the comedy 'Think like a Man', the focus is on black couples.")).toEqual([['Think like a Man', true]]);
    expect(
      titles(
        'On Facebook, supporters of the basic income initiative have launched a competition [fr] called "star for life". Visitors to the site are invited to take a photo of themselves as if they were sentenced to life.',
      ),
    ).toEqual([['star for life', true]]);
  });

  test("words a speaker called something are still the speaker's", () => {
    expect(titles('Kenyatta praised what he called "the freest and fairest elections" in the country.')).toEqual([['the freest and fairest elections', false]]);
  });

  test('what a post says in marks after its noun is no title, nor are words after a verb', () => {
    expect(
      titles(
        'One user described being a part of the effort, writing in a blog post "I have myself, as per instructions, loaded up Gigaloader and started bombarding the Scientology homepage."',
      ),
    ).toEqual([['I have myself, as per instructions, loaded up Gigaloader and started bombarding the Scientology homepage.', false]]);
    expect(titles('Rieya Piscano wrote that the blog was "a waste of time".')).toEqual([['a waste of time', false]]);
  });

  // usgov-gsa-medium-federal-terms-of-service-2015-07-17 (digital.gov, public domain; the held-out batch of session 54).
  test('a viral hit\'s title is a title when it opens on a capital; after the verb "hit" words in marks are still quoted', () => {
    expect(titles('Remember January’s viral hit “A teenager’s view on social media (written by an actual teen)”?')).toEqual([
      ['A teenager’s view on social media (written by an actual teen)', true],
    ]);
    expect(titles('The ruling hit “at the heart of our democracy,” the mayor said.')).toEqual([['at the heart of our democracy,', false]]);
    const article = analyze(
      'Is It Time to Try Medium? New Federal-Friendly Terms of Service',
      'Even if you’re not a regular Medium user, chances are that you’ve stumbled upon the site since its launch in 2012. Remember January’s viral hit “A teenager’s view on social media (written by an actual teen)”? Or perhaps you noticed when President Obama broke with tradition and shared a sneak peek of his State of the Union remarks on Medium?',
    );
    expect(quotesOf(article)).toEqual([]);
  });

  test("a blogger's titles are no quotes, and the block quotation the colon sets off is still hers", () => {
    const article = analyze(
      'Cuba: Bloggers Meeting Stirs Controversy',
      'On this topic, the author of the blog “In 2310 and 8225” Yasmín Silvia Portales pointed out later in her post “I failed”:',
      '¿Acaso no es siempre parcial y sesgada la manera en que nos acercamos a la realidad? Yo no tuve tiempo de ir a todas partes ni de hablar con todos los que debía.',
    );
    const quotes = quotesOf(article);
    expect(quotes.map((q) => q.text)).not.toContain('In 2310 and 8225');
    expect(quotes.map((q) => q.text)).not.toContain('I failed');
    expect(quotes.find((q) => q.text.startsWith('¿Acaso'))?.kind).toBe('direct');
  });
});
