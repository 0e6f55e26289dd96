import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { roleNounBeforePerson } from '../../../../src/core/engine/entities/kindOrRole';

const found = (text: string) => findEntities(['A headline about the news', text], 0).entities.map((e) => `${e.type}: ${e.name}`);

test('"publisher Sebastian Kadas" is the publisher, a person, not a publishing company', () => {
  // wikinews-cleo-dolly-merger-leaves-editor-sharri-markson-out-of-work-2013-11-08 (development half).
  const entities = found(
    'Chief executive Matt Stanton and publisher Sebastian Kadas explained the merger process, which will see the separate mastheads continue under the one production team.',
  );
  expect(entities).toContain('person: Sebastian Kadas');
  expect(entities).toContain('person: Matt Stanton');
});

test('"publisher" before a company\'s name with no given name still names the company', () => {
  expect(found('The book was released by publisher Penguin Random House.')).toContain('organization: Penguin Random House');
  expect(roleNounBeforePerson('publisher', ['Penguin', 'Random', 'House'])).toBe(false);
  expect(roleNounBeforePerson('band', ['Sebastian', 'Kadas'])).toBe(false);
});
