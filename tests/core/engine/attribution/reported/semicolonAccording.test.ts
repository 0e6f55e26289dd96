import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/semicolonAccording.ts: "X suggested …; according to Y, …" read clause by clause.

describe('a semicolon before "according to" joins two reports', () => {
  // wikinews-avenatti-convicted-attempted-extortion-2020-02-15 (Wikinews, CC BY 2.5), development half.
  test('"The government suggested …; according to prosecutors, he owed …": the suggestion and the prosecutors\' report are both read', () => {
    const article = analyze(
      'Avenatti convicted of attempted extortion',
      "The government suggested Avenatti's debt was a factor in his decision making; according to prosecutors, he owed over $850,000 to the Internal Revenue Service, as well as penalties and interest, and in total was at least $11 million in debt at the time.",
    );
    expect(attribution(article, "Avenatti's debt was a factor in his decision making")).toMatchObject({ kind: 'reported', cue: 'The government suggested' });
    expect(attribution(article, 'he owed over $850,000')).toMatchObject({ kind: 'reported', speaker: null, cue: 'according to prosecutors' });
  });

  // wikinews-nevada-prop-plane-crash-las-vegas-2019-09-10 (Wikinews, CC BY 2.5), development half.
  test('"…; according to investigators, one was pronounced dead …": the clause after the semicolon keeps its source', () => {
    const article = analyze(
      'Prop plane crash',
      'At the time, there were reportedly four people on board; according to investigators, one was pronounced dead at the crash site, with the other three being taken to a nearby hospital.',
    );
    expect(attribution(article, 'one was pronounced dead at the crash site')).toMatchObject({ kind: 'reported', cue: 'according to investigators' });
  });
});

// wikinews-liverpool-carpark-fire-destroys-1300-vehicles-2018-01-03 (English Wikinews, CC BY 2.5), development half.
describe('a semicolon where a comma would stand', () => {
  test('"The carpark itself was severely damaged; according to Joe Anderson, the mayor of Liverpool.": the clause before is his', () => {
    const article = analyze(
      'England: Multi-storey carpark in Liverpool gutted by fire, 1,300 vehicles destroyed',
      'The carpark itself was severely damaged; according to Joe Anderson, the mayor of Liverpool.',
    );
    expect(attribution(article, 'The carpark itself was severely damaged')).toMatchObject({
      kind: 'reported',
      speaker: 'Joe Anderson',
      cue: 'according to Joe Anderson',
    });
    expect(quotesOf(article).map((q) => q.text)).not.toContain('the mayor of Liverpool');
  });

  test('a clause with a verb after the source still opens its own report', () => {
    const article = analyze('Fire', 'The roof held; according to the fire chief, the flames had reached the top floor.');
    expect(attribution(article, 'the flames had reached the top floor')).toMatchObject({ kind: 'reported', cue: 'according to the fire chief' });
  });
});
