import type { Entity } from '../../src/core/schema';
import { shortName } from '../../src/core/names';
import { loadGold, person } from './gold';

const gold = loadGold();

function entity(id: string): Entity {
  const found = gold.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
}

test.each<[string, string]>([
  ['vladimir-putin', 'Putin'],
  ['kassym-jomart-tokayev', 'Tokayev'],
  ['csto', 'CSTO'],
  ['united-nations', 'UN'],
  ['cgtn', 'CGTN'],
  ['reuters', 'Reuters'],
  ['xinhua', 'Xinhua'],
  ['kazakhstan', 'Kazakhstan'],
  ['kremlin', 'Kremlin'],
])('the short name of %s in the gold is %s', (id, short) => {
  expect(shortName(entity(id))).toBe(short);
});

test('a person known by one name keeps it', () => {
  expect(shortName(person('lula', 'Lula'))).toBe('Lula');
});

test('a person named with stray spaces is still shortened to the surname', () => {
  expect(shortName(person('putin', '  Vladimir   Putin '))).toBe('Putin');
});

test('an organisation whose aliases hold no acronym keeps its full name', () => {
  const org: Entity = {
    id: 'kremlin-press',
    type: 'organization',
    name: 'Kremlin press service',
    role: null,
    aliases: ['the press service', 'Press Service of the President'],
  };
  expect(shortName(org)).toBe('Kremlin press service');
});

test('an organisation takes its first acronym of two to six capitals, not a longer or mixed-case alias', () => {
  const org: Entity = {
    id: 'sco',
    type: 'organization',
    name: 'Shanghai Cooperation Organisation',
    role: null,
    aliases: ['SHANGHAICOOP', 'Sco', 'SCO', 'ШОС'],
  };
  expect(shortName(org)).toBe('SCO');
});

test('a place with an acronym among its aliases is shortened to it, like an organisation', () => {
  const place: Entity = { id: 'usa', type: 'place', name: 'United States', role: null, aliases: ['the States', 'US', 'USA'] };
  expect(shortName(place)).toBe('US');
});
