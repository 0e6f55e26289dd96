import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// slashedNames.ts: "Yusuf/Cat Stevens" is one person. Sentences verbatim from the development half
// (wikinews-guitarist-eddie-van-halen-dies-2020-10-08, English Wikinews 2020, CC BY 2.5).

test('a person written under two names joined by a slash is one person, named as written and called by either', () => {
  const texts = [
    'Guitarist Eddie Van Halen dies aged 65',
    'Numerous iconic rock musicians such as Billy Idol and Yusuf/Cat Stevens paid tribute to the guitarist following the announcement of his death.',
  ];
  const people = findEntities(texts, 0).entities.filter((e) => e.type === 'person');
  const yusuf = people.find((e) => e.name === 'Yusuf/Cat Stevens');
  expect(yusuf?.aliases).toEqual(new Set(['Yusuf', 'Cat Stevens']));
  expect(people.map((e) => e.name)).not.toContain('Yusuf');
  const [mention] = yusuf?.mentions ?? [];
  expect(texts[1]?.slice(mention?.start, mention?.end)).toBe('Yusuf/Cat Stevens');
});
