import { describe, expect, test } from 'vitest';
import { findDirectQuotes } from '../../../../src/core/engine/directQuotes';
import { titleShaped, unspokenTitle } from '../../../../src/core/engine/attribution/titleShape';
import { unattributed } from '../../../../src/core/engine/attribution/types';

// titleShape.ts: a title, a series' name, a printed label or a slogan in marks, told by its shape and by no speech verb
// before it. Sentences from fresh NASA, US Army and digital.gov pages and Wikinews 2020 (not in the corpus).

/** Whether the first quote of a one-sentence paragraph is an unspoken title. */
const unspoken = (text: string) => {
  const direct = findDirectQuotes(text)[0];
  if (!direct) throw new Error('no quote');
  return unspokenTitle(unattributed(1, direct, 'direct'), text, 0, direct);
};

describe('a title by its shape', () => {
  test.each([
    ['This Week @ NASA,', true],
    ['Ace Satellite Repair Co.,', true],
    ['Space Data Ethics: The Next Frontier in Responsible Leadership', true],
    ['See More, Understand Better, Act Faster.', true],
    ['Stay Home. Save Lives.', true],
    ['TCNJ Adaptable Regolith Retention Program (TARRP)', true],
    ['Stop. Now. Please.', false],
    ['We are ready to go.', false],
    ['Yes', false],
  ])('"%s" is shaped as a title: %s', (quoted, title) => {
    expect(titleShaped(quoted)).toBe(title);
  });
});

describe('a title-shaped quote is no quote unless a speech verb comes before it', () => {
  test('a series, a shirt, a slogan and a white paper', () => {
    expect(unspoken('The mission is featured in “This Week @ NASA,” a weekly video program broadcast on NASA-TV and posted online.')).toBe(true);
    expect(unspoken('Later in the morning, the astronauts, sporting shirts that read “Ace Satellite Repair Co.,” held a 30-minute press conference.')).toBe(
      true,
    );
    expect(unspoken('The network will allow our commanders and their staffs to "See More, Understand Better, Act Faster."')).toBe(true);
    expect(unspoken('California led a digital media campaign to spread awareness of the “Stay Home. Save Lives.” initiative.')).toBe(true);
  });

  test('said aloud or opening its sentence, a slogan or a farewell stays a quote: "To them, I say, “Be Bold. Vote Gold.”"', () => {
    expect(unspoken('To them, I say, "Be Bold. Vote Gold."')).toBe(false);
    // NASA, "NASA Administrator's tribute to Thomas Stafford", 2024-03-18 (development half): a paragraph of its own.
    expect(unspoken('“Godspeed, Tom Stafford.”')).toBe(false);
    expect(unspoken('The fact of hearing the American President saying «Assalamou Alaykoum» can give hope.')).toBe(false);
  });
});
