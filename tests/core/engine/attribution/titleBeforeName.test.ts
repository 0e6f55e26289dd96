import { describe, expect, test } from 'vitest';
import { titleHoldersBefore } from '../../../../src/core/engine/attribution/titleBeforeName';
import type { FoundEntity } from '../../../../src/core/engine/entities/types';

// titleBeforeName.ts: the people a title written in lower case right before their name gives a role noun.

describe('a title written in lower case before the name', () => {
  test('finds every person so titled, and only a lower-case noun right before the name', () => {
    const texts = ['AU trade commissioner Albert Muchanga met EU trade commissioner Cecilia Malmström and Commissioner Jane Doe.'];
    const person = (name: string): FoundEntity => {
      const start = (texts[0] ?? '').indexOf(name);
      return {
        key: name,
        type: 'person',
        name,
        role: null,
        aliases: new Set(),
        mentions: [{ block: 0, start, end: start + name.length, form: 'name' }],
        roleWords: new Set(),
      };
    };
    const index = { entities: [person('Albert Muchanga'), person('Cecilia Malmström'), person('Jane Doe')], byMention: new Map(), leftToNoOne: [] };
    expect(titleHoldersBefore('commissioner', texts, index).map((e) => e.name)).toEqual(['Albert Muchanga', 'Cecilia Malmström']);
    expect(titleHoldersBefore('trade', texts, index)).toEqual([]);
  });
});
