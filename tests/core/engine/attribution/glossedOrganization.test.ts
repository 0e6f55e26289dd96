import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// glossedOrganization.ts: an organisation's name, then a noun that only says what kind of body it is, before the verb.

describe('an organisation named with a gloss of its kind', () => {
  // wikinews-at-least-fifteen-dead-stampede-mali-mosque-2010-02-26 (dev half).
  test('"The Xinhua news agency reports …" is Xinhua\'s report', () => {
    const article = analyze(
      'At least fifteen dead in stampede at Mali mosque',
      "The Xinhua news agency reports the stampede started when an elderly woman fell in one of the town streets near the city's main mosque.",
    );
    expect(attribution(article, 'the stampede started')).toMatchObject({ kind: 'reported', speaker: 'Xinhua' });
  });

  // wikinews-at-least-twelve-die-mogadishu-attacks-2010-01-30 (dev half).
  test('"The al-Shabaab group claimed …" is Al-Shabaab\'s claim, the name written in lower case', () => {
    const article = analyze(
      'At least twelve die in Mogadishu attacks',
      'Al-Shabaab fighters attacked the bases of the African Union on Friday.',
      'The battle raged on for hours, according to sources. The al-Shabaab group claimed responsibility for the attack.',
    );
    expect(attribution(article, 'responsibility for the attack')).toMatchObject({ kind: 'reported', speaker: 'Al-Shabaab' });
  });

  test('a person\'s name before the gloss names no organisation: "The Obama group said …" is no one\'s', () => {
    const article = analyze('Campaign', 'Barack Obama spoke on Monday. The Obama group said it would campaign.');
    expect(attribution(article, 'it would campaign').speaker).toBeNull();
  });

  test('a lower-case word before the gloss that no organisation is named by is no one\'s: "The rebel group said …"', () => {
    const article = analyze('Attack claimed', 'Police arrested a man. The rebel group said it carried out the attack.');
    expect(attribution(article, 'it carried out the attack').speaker).toBeNull();
  });
});
