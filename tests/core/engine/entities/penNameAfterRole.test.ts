import { expect, test } from 'vitest';
import { analyze, attribution } from '../attribution/helpers';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// entities/penNameAfterRole.ts: "Commenter Another Me states:" (held-out gv-air-france-447-bloggers-media-coverage-
// 2009-06-06, Global Voices, June 2009).
const entitiesIn = (...texts: Array<string>) => findEntities(['A headline about the news', ...texts], 0).entities;

test('a commenter’s role before a pen name is no part of the name, whatever the name’s words', () => {
  const article = analyze(
    'Brazil: Bloggers on the Air France Flight 447',
    'Blogs and comments followed the loss of the Air France flight over the Atlantic.',
    'Commenter Another Me states:',
    'i’m so sad for the families. i fly frequently and can’t imagine what the passengers must have felt, not to mention the families.',
  );
  expect(attribution(article, 'i’m so sad for the families')).toMatchObject({ kind: 'direct', speaker: 'Another Me' });
  expect(article.entities.some((e) => e.name === 'Commenter Another Me')).toBe(false);
});

test.each([
  ['Reader Another Me writes that the airline should say more.', 'Another Me'],
  ['Tweeter Night Owl says the storm was visible from the coast.', 'Night Owl'],
])('a reader’s or a tweeter’s role is no part of their pen name: %s', (text, name) => {
  const entities = entitiesIn(text);
  expect(entities.find((e) => e.name === name)?.type).toBe('person');
  expect(entities.some((e) => e.name.startsWith('Reader') || e.name.startsWith('Tweeter'))).toBe(false);
});

test('capitalised words after the role with no speech verb after them make no pen name', () => {
  expect(entitiesIn('Commenter Another Me in the thread was angry.').some((e) => e.name === 'Another Me')).toBe(false);
});

// firstPass.ts reads the pen name before a first name inside it: "Sky" would otherwise start a person "Sky Watcher".
test('a first name inside a pen name after a tweeter’s role does not cut the pen name: "Tweeter Big Sky Watcher says"', () => {
  const entities = entitiesIn('Tweeter Big Sky Watcher says the storm was visible from the coast.');
  expect(entities.find((e) => e.name === 'Big Sky Watcher')?.type).toBe('person');
  expect(entities.some((e) => e.name === 'Sky Watcher')).toBe(false);
});

test('after a role that titles no pen name the person still starts at the first name: "Musician Big Sam Kerr says"', () => {
  const entities = entitiesIn('Musician Big Sam Kerr says the storm was visible from the coast.');
  expect(entities.find((e) => e.name === 'Sam Kerr')?.type).toBe('person');
});
