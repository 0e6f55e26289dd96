import { expect, test } from 'vitest';
import { mayBeMistypedPerson } from '../../../../src/core/engine/attribution/mistypedSource';
import type { FoundEntity } from '../../../../src/core/engine/entities/types';

// mistypedSource.ts: an "according to" source typed an organisation that nothing in its name makes one.

const sourceIn = (text: string, name: string, type: FoundEntity['type'] = 'organization') => {
  const start = text.indexOf(name);
  const entity: FoundEntity = { key: name, type, name, role: null, aliases: new Set(), mentions: [], roleWords: new Set() };
  return mayBeMistypedPerson({ entity, at: { block: 0, start, end: start + name.length } }, [text]);
};

// usgov-nasa-navigation-doppler-lidar-commercial-lunar-2024-02-02
const GRAGOSSIAN =
  'Radio waves also couldn’t measure velocity and range independently of one another, which is important, according to Aram Gragossian, electro-optics lead for NDL at NASA Langley, who joined the team about six years ago.';

test('a he or she may mean an "according to" source typed an organisation whose name is only a name', () => {
  expect(sourceIn(GRAGOSSIAN, 'Aram Gragossian')).toBe(true);
});

test('an "according to" source a person, or one whose name says it is a body, is no such doubt', () => {
  expect(sourceIn(GRAGOSSIAN, 'Aram Gragossian', 'person')).toBe(false);
  // wikinews-aftershocks-philippines-earthquake-death-toll-2019-10-22: a known body and a place.
  expect(sourceIn('Numbers of affected residents fear to return home due to the series of aftershocks, according to CNN Philippines.', 'CNN Philippines')).toBe(
    false,
  );
  // wikinews-engineer-killed-travelator-london-waterloo-2019-09-20: a body by its head word.
  expect(
    sourceIn('… local time (0120 UTC), according to British Transport Police (BTP), but the man was found dead at the scene.', 'British Transport Police'),
  ).toBe(false);
});

test('a name the sentence gives otherwise than after "according to" is left to the usual reading', () => {
  // usgov-nasa-navigation-doppler-lidar-commercial-lunar-2024-02-02
  const text = 'Farzin Amzajerdian, NDL project manager at NASA Langley, made a breakthrough and successfully found a precise way to land rovers on Mars.';
  expect(sourceIn(text, 'Farzin Amzajerdian')).toBe(false);
});
