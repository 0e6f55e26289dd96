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
});
