import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// craftNouns.ts: a craft's noun right after a name makes the name the craft's or its operator's, never a person's.

const people = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

// wikinews-airliners-seconds-from-collision-over-indiana-2007-11-17 (development half), as published.
test('"a United Express aircraft carrying 31 people" and "the westbound United Express flight" name no person', () => {
  expect(
    people(
      'A Midwest Airlines plane carrying 24 people and a United Express aircraft carrying 31 people came within 600 vertical feet and 1.3 horizontal miles apart.',
      'The eastbound Midwest Airlines jet was accidentally directed to descend into the direct path of the westbound United Express flight.',
    ),
  ).toEqual([]);
});
