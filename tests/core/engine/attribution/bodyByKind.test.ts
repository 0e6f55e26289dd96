import { forceByKindAt } from '../../../../src/core/engine/attribution/bodyByKind';
import { analyze, attribution } from './helpers';

// attribution/bodyByKind.ts: a force the text names only by its kind ("police", "the army", "Iraqi military") speaks as
// one organisation, named as written.
// Sentences from the development half of tests/fixtures/real.

describe('a force named by its kind as the speaker words', () => {
  test.each([
    ['police reported Friday morning', 'police'],
    ['the police had said they would be investigating', 'police'],
    ['Police said the suspected gunman surrendered himself', 'Police'],
    ['police on Thursday.', 'police'],
    ['police.', 'police'],
    // wikinews-no-casualties-missile-strike-iraqi-air-base-2019-11-10, wikinews-iranian-cargo-plane-crashes-into-karaj-houses-2019-01-15.
    ['Iraqi military.', 'Iraqi military'],
    ['The army said the plane was bringing meat from Bishkek, Kyrgyzstan', 'army'],
  ])('"%s" names the force', (rest, name) => {
    const found = forceByKindAt(rest);
    expect(found && rest.slice(found.start, found.end)).toBe(name);
  });

  test.each([
    'police officers said',
    'police sources say',
    'Police Chief Joe Huff said',
    'police press officer Monika Kosiec stated',
    'policemen said',
    'Senior military participants also stressed',
    "the Army's recognition",
    'Bravo army said',
  ])('"%s" names no force by its kind', (rest) => {
    expect(forceByKindAt(rest)).toBeNull();
  });
});

test('"according to police" gives the reported words to police (wikinews-andrea-zamperoni-found-dead-2019-08-24)', () => {
  const article = analyze(
    'Missing New York City chef Andrea Zamperoni found dead',
    "Andrea Zamperoni, the head chef of New York City's Cipriani Dolci restaurant, was discovered dead on Wednesday in Queens, New York, according to police on Thursday.",
  );
  expect(attribution(article, 'Andrea Zamperoni, the head chef')).toMatchObject({ kind: 'reported', speaker: 'police' });
});
