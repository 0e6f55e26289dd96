import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// nonPersonHeads.ts: last words that make a capitalised run something other than a person.

const people = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

// wikinews-australia-will-not-export-uranium-to-india-2006-03-03 (development half), as published: an arms-control regime
// is no person after an organisation's head word ("Technology"), as "Refugee Council Enver Solomon" is.
test('"the Missile Technology Control Regime" names no person "Control Regime"', () => {
  expect(
    people(
      "India will be harmonizing its export control lists with those of the Nuclear Suppliers Group and the Missile Technology Control Regime. The deal stops short of normalising India's nuclear status.",
    ),
  ).toEqual([]);
});
