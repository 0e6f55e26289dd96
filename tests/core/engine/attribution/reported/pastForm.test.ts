import { describe, expect, test } from 'vitest';
import { hasPastForm } from '../../../../../src/core/engine/attribution/reported/pastForm';
import { analyze, attribution } from '../helpers';

// reported/pastForm.ts: an irregular past form ("struck", "fled", "broke") makes reported content a clause.

const CRASH = 'Iranian cargo plane crashes into Karaj houses';

describe('irregular past forms in reported content', () => {
  test('a past form without -ed is a verb, but not as a modifier after a number or a determiner', () => {
    expect(hasPastForm('the suspect fled')).toBe(true);
    expect(hasPastForm('rockets struck the base')).toBe(true);
    expect(hasPastForm('22 sold units in the past year')).toBe(false);
    expect(hasPastForm('the lost files')).toBe(false);
  });

  // wikinews-nigerian-refugee-camp-airstrike-death-toll-passes-100-2017-01-24.
  test('a year before a past form is the clause\'s subject: "The International NGO Safety Organisation claims 2016 saw …" is its claim', () => {
    expect(hasPastForm('2016 saw in excess of 90 aid workers killed worldwide')).toBe(true);
    expect(hasPastForm('the 12 sold units')).toBe(false);
    const article = analyze(
      'Nigerian refugee camp airstrike death toll passes 100',
      'The International NGO Safety Organisation claims 2016 saw in excess of 90 aid workers killed worldwide, with 154 injured.',
    );
    expect(attribution(article, '2016 saw in excess of 90 aid workers')).toMatchObject({ kind: 'reported', speaker: 'International NGO Safety Organisation' });
  });

  test('"hit", "shook" and other past forms that keep their present spelling or drop -ed are verbs too', () => {
    for (const clause of ['the storm hit the coast', 'the quake shook the city', 'the floods swept the valley', 'the council froze the budget'])
      expect(hasPastForm(clause), clause).toBe(true);
    expect(hasPastForm('the hit single')).toBe(false);
  });

  test('"Khublai Villafuerte, a blogger …, affirmed that the reality of Mexican Politics hit the country once again:" is reported speech and sets off a block (Global Voices, May 2012)', () => {
    const article = analyze(
      'Mexico: Presidential Debate Leaves Disappointment',
      'Khublai Villafuerte, a blogger at Circulo de Cafe [es], affirmed that the reality of Mexican Politics hit the country once again:',
      'The debate was a show for the media and not for the voters.',
    );
    expect(attribution(article, 'the reality of Mexican Politics')).toMatchObject({ kind: 'reported', speaker: 'Khublai Villafuerte' });
    expect(attribution(article, 'The debate was a show')).toMatchObject({ kind: 'direct', speaker: 'Khublai Villafuerte' });
  });

  test("'The industry publication stated the aircraft overran the runway and broke through …' is found, the outlet's", () => {
    const article = analyze(
      CRASH,
      'The Aviation Herald reported the failed landing was a mistake. The industry publication stated the aircraft overran the runway and broke through a perimeter barrier.',
    );
    expect(attribution(article, 'the aircraft overran the runway')).toMatchObject({
      kind: 'reported',
      speaker: 'Aviation Herald',
      cue: 'The industry publication stated',
    });
  });

  test("'Officials said the suspect fled.' is short reported speech of an unnamed group", () => {
    const article = analyze(CRASH, 'A plane crashed into houses yesterday. Officials said the suspect fled.');
    expect(attribution(article, 'the suspect fled')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test("'The chain's press release reported 22 sold units …' reports a count, not a clause with 'sold' as its verb", () => {
    const article = analyze(
      'British supermarket chain Tesco to sell its Polish operation',
      "The chain's press release reported 22 sold units in the past year and a half, for around 200 million pounds.",
    );
    expect(attribution(article, '22 sold units')).toMatchObject({ kind: 'reported', cue: "The chain's press release reported" });
  });
});
