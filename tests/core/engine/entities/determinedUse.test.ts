import { expect, test } from 'vitest';
import { countDetermined } from '../../../../src/core/engine/entities/determinedUse';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { noVotes } from '../../../../src/core/engine/entities/votes';

// determinedUse.ts: a name where a person's does not stand.

const people = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

const fresh = noVotes;

// English Wikinews, "Fire erupts in parking structure at Sola Airport, Norway", 2020-01-10, CC BY 2.5 (fresh text, no gold).
test('"a visit to the Johan Sverdrup oil field" names an oil field, not a person', () => {
  const found = people(
    'The airport closure also led to Norwegian Prime Minister Erna Solberg being stranded after a visit to the Johan Sverdrup oil field. Solberg posted on Twitter asking for places to eat.',
  );
  expect(found).toContain('Erna Solberg');
  expect(found).not.toContain('Johan Sverdrup');
});

test('"the" before a name that modifies another noun is still a person\'s, a site\'s noun aside', () => {
  const film = fresh();
  countDetermined(film, ['James', 'Cagney'], 'a scene from the ', ' film about');
  expect(film.determined).toBe(0);
  const field = fresh();
  countDetermined(field, ['Johan', 'Sverdrup'], 'a visit to the ', ' oil field.');
  expect(field.determined).toBe(1);
});

test('"NASA’s Perseverance Mars rover" names a rover, not a person, while the scientists it quotes stay people', () => {
  const found = people(
    'Rock Sampled by NASA’s Perseverance Embodies Why Rover Came to Mars\n\nNASA’s Perseverance Mars rover is exploring the crater rim. “We are excited,” said Ken Farley, project scientist for Perseverance at Caltech. The sample might be one of the older cores collected so far by Perseverance.',
  );
  expect(found).toContain('Ken Farley');
  expect(found.some((name) => name.startsWith('Perseverance'))).toBe(false);
});

test('a craft’s noun after a name makes the name the craft’s, whatever comes before it', () => {
  const rover = fresh();
  countDetermined(rover, ['Perseverance', 'Mars'], 'NASA’s ', ' rover is exploring');
  expect(rover.determined).toBe(1);
  const spacecraft = fresh();
  countDetermined(spacecraft, ['NEOWISE'], 'the ', ' spacecraft was');
  expect(spacecraft.determined).toBe(1);
});

// wikinews-seismic-activity-puerto-rico-5-2-quake-2020-01-17 (development half).
test('"The Costa Sur power plant at Guayanilla" counts as a plant\'s name; "Costa Sur provided power" does not', () => {
  const votes = fresh();
  countDetermined(votes, ['Costa', 'Sur'], 'The ', ' power plant at Guayanilla was close');
  countDetermined(votes, ['Costa', 'Sur'], '', ' provided power for about a quarter');
  expect(votes.facility).toBe(1);
  expect(votes.occurrences).toBe(2);
});
