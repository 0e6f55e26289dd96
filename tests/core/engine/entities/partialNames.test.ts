import { describe, expect, test } from 'vitest';
import { fullerName } from '../../../../src/core/engine/entities/partialNames';
import type { FoundEntity } from '../../../../src/core/engine/entities/types';
import { analyze, attribution } from '../attribution/helpers';

const person = (name: string, block = 1): FoundEntity => ({
  key: name,
  type: 'person',
  name,
  role: null,
  aliases: new Set(),
  mentions: [{ block, start: 0, end: name.length, form: 'name' }],
  roleWords: new Set(),
});

// Wikinews (CC BY 2.5), fresh pages of session 49: "Kim Jong Nam trial: pathologist testifies VX killed him" (2017) and
// "Investigators blame pilot error for Boston jet crash" (2015).
describe('a shortened name of someone named in full before', () => {
  test('"Mohd Shah, an employee of the Malaysian government, testified" after "pathologist Mohd Shah Mahmood" is the pathologist', () => {
    const article = analyze(
      'Kim Jong Nam trial: pathologist testifies VX killed him',
      "On Wednesday, pathologist Mohd Shah Mahmood testified before Malaysia's high court in the trial of Siti Aisyah and Doan Thi Huong, who stand accused of killing Kim Jong Nam. Mohd Shah, an employee of the Malaysian government, testified that VX nerve agent, by international treaty a weapon of mass destruction, caused Kim's death.",
    );
    expect(attribution(article, 'VX nerve agent')).toMatchObject({ kind: 'reported', speaker: 'Mohd Shah Mahmood' });
  });

  test('"De Vries says" after "Pilot Bauke "Mike" de Vries" is the pilot', () => {
    const article = analyze(
      'Investigators blame pilot error for Boston jet crash',
      'Pilot Bauke "Mike" de Vries and co-pilot James McDowell each had thousands of hours\' experience, and had flown together for years.',
      'De Vries says several times "lock is on" on the voice recording, adding "I can\'t stop it" moments before the crash.',
    );
    expect(attribution(article, 'lock is on')).toMatchObject({ kind: 'direct', speaker: 'Bauke de Vries' });
  });

  test('leading words that two people share, a fuller name that ends in a date, or one only the headline wrote, name no one', () => {
    expect(fullerName('Kim Jong', [person('Kim Jong Nam'), person('Kim Jong Un')])).toBeUndefined();
    expect(fullerName('Sam Rainsy', [person('Sam Rainsy Feb')])).toBeUndefined();
    expect(fullerName('Mohd Shah', [person('Mohd Shah Mahmood')])?.name).toBe('Mohd Shah Mahmood');
    expect(fullerName('Shah Mahmood', [person('Mohd Shah Mahmood')])).toBeUndefined();
    expect(fullerName('Joyce Banda', [person('Joyce Banda Promises', 0)])).toBeUndefined();
  });
});
