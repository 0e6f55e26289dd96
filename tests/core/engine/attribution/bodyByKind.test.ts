import { policeByKindAt } from '../../../../src/core/engine/attribution/bodyByKind';
import { analyze, attribution } from './helpers';

// attribution/bodyByKind.ts: a force the text names only as "police" speaks as one organisation, named as written.
// Sentences from the development half of tests/fixtures/real.

describe('a bare "police" as the speaker words', () => {
  test.each([
    ['police reported Friday morning', 'police'],
    ['the police had said they would be investigating', 'police'],
    ['Police said the suspected gunman surrendered himself', 'Police'],
    ['police on Thursday.', 'police'],
    ['police.', 'police'],
  ])('"%s" names the force', (rest, name) => {
    const found = policeByKindAt(rest);
    expect(found && rest.slice(found.start, found.end)).toBe(name);
  });

  test.each(['police officers said', 'police sources say', 'Police Chief Joe Huff said', 'police press officer Monika Kosiec stated', 'policemen said'])(
    '"%s" names no force by its kind',
    (rest) => {
      expect(policeByKindAt(rest)).toBeNull();
    },
  );
});

test('"according to police" gives the reported words to police (wikinews-andrea-zamperoni-found-dead-2019-08-24)', () => {
  const article = analyze(
    'Missing New York City chef Andrea Zamperoni found dead',
    "Andrea Zamperoni, the head chef of New York City's Cipriani Dolci restaurant, was discovered dead on Wednesday in Queens, New York, according to police on Thursday.",
  );
  expect(attribution(article, 'Andrea Zamperoni, the head chef')).toMatchObject({ kind: 'reported', speaker: 'police' });
});
