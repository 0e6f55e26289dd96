import { describe, expect, test } from 'vitest';
import { analyze, quotesOf } from './helpers';

// questionsAnswered.ts: `answered questions` tells an exchange, not what was said; its object is no reported speech.

const texts = (...paragraphs: Array<string>) => quotesOf(analyze(...(paragraphs as [string, ...Array<string>]))).map((q) => q.text);

describe('questions someone answered', () => {
  // Wikinews, "Male Magellanic penguins pine for pairings: Wikinews interviews biologist Natasha Gownaris", 2019-01-27,
  // CC BY 2.5 (not in the corpus).
  test('Wikinews’ interview lead "X answered a series of questions for our correspondent" is no quote', () => {
    const found = texts(
      'Male Magellanic penguins pine for pairings: Wikinews interviews biologist Natasha Gownaris',
      'Gownaris answered a series of questions for our correspondent.',
    );
    expect(found).not.toContain('a series of questions for our correspondent');
  });

  // NASA, "Expedition 69 Astronauts Tour NASA Goddard, Speak With Employees" (public domain, work of the US federal
  // government), not in the corpus.
  test('"they answered questions about daily life …" is no quote, while the quotes around it stay', () => {
    const found = texts(
      'Expedition 69 Astronauts Tour NASA Goddard, Speak With Employees',
      'Employees viewed a 20-minute video that highlighted the astronauts’ preparation for the mission and their time in space. Afterward, they answered questions about daily life aboard the International Space Station.',
      '“These are people that you see growing up, and you hear about them, but to actually be in person with them is beyond words,” said Emily Wilson, an intern at Goddard. “It’s really awesome to hear their stories.”',
    );
    expect(found).not.toContain('questions about daily life aboard the International Space Station');
    expect(found).toContain('It’s really awesome to hear their stories.');
  });
});
