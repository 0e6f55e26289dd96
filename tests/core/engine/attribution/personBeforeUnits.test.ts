import { describe, expect, test } from 'vitest';
import { endsInTitleAndUnits } from '../../../../src/core/engine/attribution/personBeforeUnits';
import { analyze, attribution } from './helpers';

// personBeforeUnits.ts: U.S. military style names a speaker by rank and name, then the title and each unit between
// commas; the person is the speaker, never a unit. Real sentences are U.S. federal works (public domain), not in the corpus.

describe('a person before a title and units set off by commas', () => {
  test('two units after the title: the colonel speaks, not "Brigade Combat Team" (made up, in the style of army.mil)', () => {
    const article = analyze(
      'Brigade finishes exercise',
      'Col. Chuck Masaracchia, commander, 2nd Brigade Combat Team, 1st Armored Division, said the exercise was a success.',
      'Col. Chuck Masaracchia, commander, 2nd Brigade Combat Team, 1st Armored Division, said, "The soldiers did well."',
    );
    expect(attribution(article, 'the exercise was a success')).toMatchObject({ kind: 'reported', speaker: 'Chuck Masaracchia' });
    expect(attribution(article, 'The soldiers did well.')).toMatchObject({ kind: 'direct', speaker: 'Chuck Masaracchia' });
  });

  test('one unit after the title stays the person\'s: "Maj. Gen. Robert Abrams, commanding general, 3rd Infantry Division, said" (army.mil, Fort Stewart Public Affairs, June 16, 2011)', () => {
    const article = analyze(
      '3rd Infantry Division celebrates Army’s birthday',
      'In his keynote address, Maj. Gen. Robert Abrams, commanding general, 3rd Infantry Division, said “Today is more than a celebration of our institution, it’s a celebration of our history, heritage and our people … the Army’s story is America’s story.”',
    );
    expect(attribution(article, 'Today is more than a celebration')).toMatchObject({ kind: 'direct', speaker: 'Robert Abrams' });
  });

  test('after the verb, the person before the units speaks: DVIDS, "Warrior Brigade Soldiers exceed expectations at National Training Center" (2012)', () => {
    const article = analyze(
      'Warrior Brigade Soldiers exceed expectations at National Training Center',
      '"This rotation was a good rotation for everybody involved – to include the operations group here at NTC – to see what the SFAB organization looks like," said Maj. Sam Redding, chief of operations and brigade aviation officer, Headquarters and Headquarters Company, 1st Brigade Combat Team.',
    );
    expect(attribution(article, 'This rotation was a good rotation')).toMatchObject({ kind: 'direct', speaker: 'Sam Redding' });
  });

  test('a name and a unit only: "said Capt. Irvin Oliver, 2nd Brigade Combat Team" (defense.gov, "Brigade Combat Team Transforms", 2004)', () => {
    const article = analyze(
      'Brigade Combat Team Transforms',
      'The purpose of the units of action is to enhance unit cohesion and enable brigades to deploy quicker, said Capt. Irvin Oliver, 2nd Brigade Combat Team.',
    );
    expect(attribution(article, 'The purpose of the units of action')).toMatchObject({ kind: 'reported', speaker: 'Irvin Oliver' });
  });

  test('a body after a phrase naming someone stays the subject: "Unlike Joe Biden, the Pentagon, …, said" (made up)', () => {
    const article = analyze('Budget talks', 'Unlike Joe Biden, the Pentagon, the department in charge of the budget, said the cuts would hurt readiness.');
    expect(attribution(article, 'the cuts would hurt readiness')?.speaker).not.toBe('Joe Biden');
  });

  test('the service before the rank: "U.S. Army Col. Bill Burleson, commander, …, said" (made up, DVIDS style)', () => {
    const article = analyze(
      'Warrior Brigade uncases colors',
      'U.S. Army Col. Bill Burleson, commander, 1st Brigade Combat Team, 10th Mountain Division, said the brigade earned 60 valor awards.',
    );
    expect(attribution(article, 'the brigade earned 60 valor awards')).toMatchObject({ kind: 'reported', speaker: 'Bill Burleson' });
  });

  test('a name the name pass does not read before a title and units: no speaker, never the last unit (made up, after a NASA development-half sentence)', () => {
    const article = analyze(
      'NASA launches new climate mission',
      'Karen St. Germain, director, Earth Science Division, Science Mission Directorate, said, "The value of PACE data skyrockets when we combine it with other data."',
    );
    expect(attribution(article, 'The value of PACE data skyrockets')?.speaker ?? null).not.toBe('Science Mission Directorate');
  });
});

describe('a person before a title and its bodies, in real Army text', () => {
  test('"Meghan Mariman, director of …, known as ASPMO, which is part of G-8 at the Pentagon, said that …" (Army News Service, army.mil, March 6, 2013; was given to G-8)', () => {
    const article = analyze(
      'Army studies range from virtual marksmanship to waste water reuse',
      'Army commands can start thinking now about submitting study proposals to the Army Study Program Management Office for consideration this summer. Meghan Mariman, director of the Army Study Program Management Office, known as ASPMO, which is part of G-8 at the Pentagon, said that each year, her office pays for about 30 studies at the request of Headquarters, Department of the Army agencies and Army-level commands.',
    );
    expect(attribution(article, 'each year, her office pays')).toMatchObject({ kind: 'reported', speaker: 'Meghan Mariman' });
  });

  test('a title then a list of places: "Retired Army Lt. Col. Michael Horn, senior training specialist for VBS3 here at Camps Carroll, George, Henry, Walker and Busan, said" (army.mil, September 11, 2014; was unattributed)', () => {
    const article = analyze(
      'Army Reserve Soldiers complete Virtual Battle Space Training in Daegu',
      'Retired Army Lt. Col. Michael Horn, senior training specialist for VBS3 here at Camps Carroll, George, Henry, Walker and Busan, said "students learn from a variety of training platforms, including convoy operations, convoy live fire, and [Improvised Explosive Device] Defeat."',
    );
    expect(attribution(article, 'students learn from a variety')).toMatchObject({ kind: 'direct', speaker: 'Michael Horn' });
  });
});

describe('speaker words ending in a title and units', () => {
  test('a lower-case title, then units closed by commas', () => {
    expect(endsInTitleAndUnits('Karen St. Germain, director, Earth Science Division, Science Mission Directorate,')).toBe(true);
  });

  test('a time phrase is no title: "Last week, on December 8, US-based software company Red Hat" (Wikinews, Rocky Linux interview, 2020, development half)', () => {
    expect(endsInTitleAndUnits('Last week, on December 8, US-based software company Red Hat')).toBe(false);
  });

  test('an appositive describing a body is no title: "Amnesty International, a London-based group,"', () => {
    expect(endsInTitleAndUnits('Amnesty International, a London-based group,')).toBe(false);
  });
});
