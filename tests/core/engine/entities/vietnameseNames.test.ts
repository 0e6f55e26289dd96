import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { spacedVietnameseName } from '../../../../src/core/engine/entities/vietnameseNames';

// vietnameseNames.ts: a Vietnamese woman's name, family name first, is called by its family name alone.

test('"Doan Thi Huong" is a Vietnamese name, family name first; "Eddie Van Halen" and "Mary Thi Lee" are not', () => {
  expect(spacedVietnameseName(['Doan', 'Thi', 'Huong'])).toBe(true);
  expect(spacedVietnameseName(['Eddie', 'Van', 'Halen'])).toBe(false);
  expect(spacedVietnameseName(['Mary', 'Thi', 'Lee'])).toBe(false);
});

test('"Doan" later in the article is Doan Thi Huong, no other person', () => {
  // wikinews-malaysia-arrests-fourth-suspect-kim-jong-nam-2017-02-16
  const texts = [
    'Malaysia arrests fourth suspect in Kim Jong Nam death',
    "Indonesia's Minister of Foreign affairs confirmed one of the women, Siti Aishah, is an Indonesian citizen, but confirmation was not then available on whether her counterpart, whose name was given as Doan Thi Huong, is actually Vietnamese or was merely carrying a Vietnamese passport.",
    'In findings published in the New Straits Times, CCTV footage from the airport showed two women, ostensibly Aishah and Doan, walking up to Kim near the self-check-in stand.',
  ];
  const people = findEntities(texts, 0).entities.filter((e) => e.type === 'person');
  expect(people.map((e) => e.name)).not.toContain('Doan');
  expect(people.find((e) => e.name === 'Doan Thi Huong')?.mentions).toHaveLength(2);
});
