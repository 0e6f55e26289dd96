import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// reported/placeRole.ts: "according to the Texas governor" — a place's official speaks, not the place.

describe("a place's role noun after 'according to' (reported)", () => {
  test("'According to the Texas governor, …' is not Texas's word: with no name given it stays unattributed", () => {
    const article = analyze(
      'Gunman opens fire in El Paso Walmart',
      'A gunman killed 22 people in Texas on Saturday. According to the Texas governor, the state would help the families of the victims.',
    );
    expect(attribution(article, 'the state would help')).toMatchObject({ kind: 'reported', speaker: null, cue: 'According to the Texas governor' });
  });

  test("'According to Texas police, …' is still the place's police", () => {
    const article = analyze(
      'Gunman opens fire in El Paso Walmart',
      'A gunman killed 22 people in Texas on Saturday. According to Texas police, the gunman acted alone.',
    );
    expect(attribution(article, 'the gunman acted alone')).toMatchObject({ speaker: 'Texas police' });
  });

  // Wikinews (CC BY 2.5), development half: the headline and the "According to" paragraph as published, after a line
  // naming the mayor, where the name pass reads "El Paso" as a person.
  test("'According to the El Paso mayor, Dee Margo, …' is Dee Margo's, whatever the words before the role are taken for", () => {
    const article = analyze(
      'Gunman opens fire in El Paso, Texas superstore; more than 20 dead',
      'El Paso Mayor Dee Margo spoke on Sunday.',
      'According to the El Paso mayor, Dee Margo, during the weekend, police were investigating whether a manifesto posted online to the message board 8chan was written by the suspect.',
    );
    expect(attribution(article, 'during the weekend, police were investigating')).toMatchObject({ kind: 'reported', speaker: 'Dee Margo' });
  });
});
