import { analyze, attribution } from '../helpers';

// The sentences come from the attribution cases (tests/cases/B24 and its kind); the real development half has
// no passive cue yet.
describe('passive cues', () => {
  test("'was later told by Eng's deputy, Oskar Lind, that …' is Oskar Lind's", () => {
    const article = analyze(
      'Regional funds frozen',
      'Finance minister Lars Eng told Governor Ruth Bakker that the regional funds were frozen.',
      "Bakker was later told by Eng's deputy, Oskar Lind, that the freeze could last a year.",
    );
    expect(attribution(article, 'the freeze could last a year')).toMatchObject({ kind: 'reported', speaker: 'Oskar Lind', resolution: 'name' });
  });

  test('a passive without an agent reports no speech', () => {
    const article = analyze('Regional funds frozen', 'Bakker was told that the freeze could last a year.');
    expect(() => attribution(article, 'the freeze could last a year')).toThrow();
  });
});
