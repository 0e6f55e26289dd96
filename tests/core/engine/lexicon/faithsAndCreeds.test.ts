import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { namesFaithOrCreed } from '../../../../src/core/engine/lexicon/faithsAndCreeds';

// faithsAndCreeds.ts: a faith, a creed or an ideology written capitalised names no person. Sentences from fresh
// Wikinews and Global Voices articles (CC BY 2.5 / 3.0), in neither half of tests/fixtures/real.

const people = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

describe('a faith or a creed is no person', () => {
  test.each([
    ['The first bomb went off within the Roman Catholic cathedral; the second in its car park.', 'Roman Catholic'],
    ['In that event, Fields, a self-described Neo-Nazi, killed a woman named Heather Heyer and injured at least nineteen others.', 'Neo-Nazi'],
    [
      'On Thursday, the leader of Roman Catholic Christianity, Pope Francis, imposed a law mandating Catholic priests to report abuse.',
      'Roman Catholic Christianity',
    ],
    ['BBC’s Jonathan Marcus said questions remain how much direct Iranian assistance is received by the Houthis who are aligned with Iran.', 'Houthis'],
  ])('%s', (text, name) => {
    expect(people(text)).not.toContain(name);
  });

  test('the people named beside the creed stay people', () => {
    expect(people('In that event, Fields, a self-described Neo-Nazi, killed a woman named Heather Heyer and injured at least nineteen others.')).toContain(
      'Heather Heyer',
    );
  });

  test('a prefixed creed counts, a first name or a surname that is also a faith word does not', () => {
    expect(namesFaithOrCreed('Neo-Nazi')).toBe(true);
    expect(namesFaithOrCreed('Christian')).toBe(false);
    expect(namesFaithOrCreed('Islam')).toBe(false);
  });

  test('the Houthis are an organisation', () => {
    const found = findEntities(['A headline about the news', 'The Houthis said they had carried out the attack using ten drones.'], 0);
    expect(found.entities.find((e) => e.name === 'Houthis')?.type).toBe('organization');
  });
});
