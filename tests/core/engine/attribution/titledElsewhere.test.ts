import { describe, expect, test } from 'vitest';
import { titledElsewhere } from '../../../../src/core/engine/attribution/titledElsewhere';
import { analyze, quotesOf } from './helpers';

// attribution/titledElsewhere.ts: words in marks the article names elsewhere as a work's title are that title, no one's speech.
// Global Voices (CC BY 3.0), development half, May 2012.

const MOVIE = [
  'Martinique: "Think Like A Man", Just Not in France',
  'A question is being discussed by French people of African descent: the cancellation of the release of the American movie "Think Like A Man" in movie theaters.',
];

describe("a work's title the article names elsewhere", () => {
  test("a headline's title is the movie the body names after its noun, whatever the letter case", () => {
    expect(titledElsewhere('Think Like A Man', MOVIE)).toBe(true);
    expect(titledElsewhere('Think like a Man', MOVIE)).toBe(true);
  });

  test('a title a post is called is that title in the headline too', () => {
    const texts = [
      "Brazil: 'Hands That Cure, Words That Heal'",
      "In a post called 'Hands that cure, words that heal', Ricardo Câmara recalls the history of faith healing and highlights the work of benzedeiras (women who pray for and bless the ill).",
    ];
    expect(titledElsewhere('Hands That Cure, Words That Heal', texts)).toBe(true);
  });

  test('words the article never names as a title stay speech, as do words quoted after a verb', () => {
    expect(titledElsewhere('A movie, which is not presented as exclusively African-American', MOVIE)).toBe(false);
    expect(titledElsewhere('a waste of time', ['Blog: A Review', 'Rieya Piscano wrote that the blog was "a waste of time".'])).toBe(false);
  });

  test("the documentary's title a blogger's lead-in names is no quote of his", () => {
    const article = analyze(
      "Venezuela: Video 'Caracas, City of Farewells' Sparks Discussion on Emigration",
      'It took the Venezuelan blogosphere only a matter of days to unleash an avalanche of criticism and mockery on the video documentary "Caracas, Ciudad de Despedidas" ("Caracas, City of Farewells"). The video compiles seventeen minutes of interviews on the experience of emigration in Venezuela and explores the reasons which have driven several of its citizens to join the growing Venezuelan diaspora.',
      'El brujo [es] points to what, in his opinion, was the main flaw in "Caracas, Ciudad de Despedidas":',
    );
    expect(quotesOf(article).map((q) => q.text)).not.toContain('Caracas, Ciudad de Despedidas');
  });
});
