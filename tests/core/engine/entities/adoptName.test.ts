import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// adoptName.ts: the name a person keeps when the text writes them two ways. Sentences from fresh NASA pages (public
// domain, work of the US federal government; katie-hofschen/NASA_RAG nasa_articles/) and a fresh English Wikinews
// page, in neither half of tests/fixtures/real.

const people = (...texts: Array<string>) =>
  findEntities(['Names in the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => ({ name: e.name, aliases: [...e.aliases] }));

// nasa_article_29.md: an image credit gives the author's initials, the text their first name.
test('a spelled-out first name renames the person first met by initials ("S.C. Mackey", "Scott Mackey")', () => {
  const found = people(
    'The authors of the paper are Scott Mackey (University of Chicago), Mark Morris (University of California, Los Angeles).',
    'A preprint by S.C. Mackey is available online.',
  );
  expect(found.find((p) => p.aliases.includes('S.C. Mackey'))?.name).toBe('Scott Mackey');
});

// A fresh English Wikinews page (CC BY 2.5), in neither half of tests/fixtures/real: the headline strips the accents
// (and the Polish "ł") that the body keeps.
test('a headline’s unaccented name gives way to the body’s accented one', () => {
  const found = findEntities(
    [
      'Polish leader Jaroslaw Kaczynski promises stricter punishments for child abusers',
      'On Sunday, Polish leader Jarosław Kaczyński of the conservative Law and Justice Party publicly declared intent to impose stricter punishment for child sexual abuse. Kaczyński said the party was ready with amendments to the penal code.',
    ],
    0,
  ).entities.filter((e) => e.type === 'person');
  expect(found.map((p) => p.name)).toEqual(['Jarosław Kaczyński']);
  expect([...(found[0]?.aliases ?? [])]).toContain('Jaroslaw Kaczynski');
});

test('an accented name stays as first written when the plain spelling comes later', () => {
  const found = people('Prime Minister Jarosław Kaczyński spoke on Sunday.', 'Jaroslaw Kaczynski said the party was ready.');
  expect(found.map((p) => p.name)).toEqual(['Jarosław Kaczyński']);
});
