import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// placeSurnames.ts. Sentences from the development half's "Australian woman claims Scientology imprisoned her"
// (Wikinews, 2011-12-02); the second case is made from them to show the city kept where the article names it.

const typeAt = (texts: Array<string>, block: number, word: string) => {
  const { byMention } = findEntities(['A headline about the news', ...texts], 0);
  const entity = byMention.get(`${block}:${(texts[block - 1] ?? '').indexOf(word)}`);
  return entity ? `${entity.type}:${entity.name}` : null;
};

const imprisoned = [
  'Valeska Paris, an Australian woman and former Scientologist, has claimed that the Church of Scientology imprisoned her for twelve years.',
  'Paris was born in Switzerland but her parents moved her to the United Kingdom when she was six.',
  'Paris claims she was first sent to the ship aged eighteen for two weeks as a teenager but ended up spending twelve years there.',
];

test('a surname that is also a city names the person the article gave it to ("Valeska Paris … Paris claims")', () => {
  expect(typeAt(imprisoned, 2, 'Paris')).toBe('person:Valeska Paris');
  expect(typeAt(imprisoned, 3, 'Paris')).toBe('person:Valeska Paris');
});

test('an article that also names the city there keeps the lone name a place ("moved to Paris")', () => {
  const texts = [...imprisoned, 'Her parents later moved to Paris, where the church had an office.'];
  expect(typeAt(texts, 3, 'Paris')).toBe('place:Paris');
});

// gv-zambia-sata-sues-critics-defamation-2012-05-21 (Global Voices, development half).
const sued = [
  'On May 11, the offices of international lawyer Robert Amsterdam, representing former President Rupiah Banda’s son, Henry, received correspondence from President Sata’s lawyers demanding compensation in response to public statements made by Mr Amsterdam on the PF’s government’s pursuit of political opponents.',
  'Said the sharp-tongued Amsterdam (this author has interviewed him before):',
];

test('a surname that is also a city names the person when written after "Mr" or as the inverted subject of "said"', () => {
  expect(typeAt(sued, 2, 'Amsterdam')).toBe('person:Robert Amsterdam');
});

test('"said the Amsterdam police" leaves the city a place', () => {
  const texts = ['Lawyer Robert Amsterdam filed the complaint.', 'The lawyer spoke to the press, said the Amsterdam police.'];
  expect(typeAt(texts, 2, 'Amsterdam')).not.toBe('person:Robert Amsterdam');
});
