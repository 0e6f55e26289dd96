import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// describedSubject.ts: "The Colombian-French politician …" right after a sentence about the person the headline names
// is about that person, so the she after it is hers. Sentences verbatim from the development half
// (wikinews-ingrid-betancourt-returns-to-france-2008-07-04, CC BY 2.5).

const opening =
  'Standing alongside President Nicolas Sarkozy at a military air base southwest of Paris, Betancourt said, "I cry with joy." The Colombian-French politician was greeted at the air base by the President and the First Lady, Carla Bruni-Sarkozy, along with some supporters.';
const next =
  '"I have been dreaming for seven years of this moment. I owe everything to you," she said, thanking France for pressuring Colombia to "think of other than military options". She added, "France is my home and you are my family."';

test('a she after "The Colombian-French politician was greeted … by … Carla Bruni-Sarkozy" is Betancourt, the headline\'s', () => {
  const article = analyze(
    'Íngrid Betancourt returns to France',
    'Freed hostage Íngrid Betancourt arrived in France today, two days after being rescued from the Revolutionary Armed Forces of Colombia (FARC).',
    opening,
    next,
  );
  expect(attribution(article, 'I have been dreaming')).toMatchObject({ speaker: 'Íngrid Betancourt', resolution: 'pronoun' });
  expect(attribution(article, 'France is my home')).toMatchObject({ speaker: 'Íngrid Betancourt' });
});

test("the description stays no one's when the person before it is not the one the headline names", () => {
  const article = analyze('Hostages freed in Colombia', opening.replace('Betancourt said', 'Íngrid Betancourt said'), next);
  expect(attribution(article, 'I have been dreaming').speaker).toBeNull();
});
