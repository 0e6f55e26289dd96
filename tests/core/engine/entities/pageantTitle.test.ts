import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

const peopleIn = (text: string) =>
  findEntities(['A headline about the news', text], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test('a beauty queen\'s title "Miss Nepal" is kept out of her name', () => {
  // gv-nepal-shristi-shrestha-miss-nepal-2012-05-09 (development half).
  const people = peopleIn('Shrestha replaced former Miss Nepal Malina Joshi who had the crown only for seven months.');
  expect(people).toContain('Malina Joshi');
  expect(people).not.toContain('Nepal Malina Joshi');
});

test('a pageant\'s crown with no name after it names no one: "Miss Nepal International and Miss Nepal Earth"', () => {
  // gv-nepal-shristi-shrestha-miss-nepal-2012-05-09 (development half).
  const people = peopleIn('Subeksha Khadka and Nagma Shrestha were crowned Miss Nepal International and Miss Nepal Earth respectively in the pageant.');
  expect(people.some((p) => p.startsWith('Nepal'))).toBe(false);
});

test('"Miss" before a given name and a surname stays the honorific', () => {
  expect(peopleIn('Miss Jane Smith said the plan would not work.')).toContain('Jane Smith');
});
