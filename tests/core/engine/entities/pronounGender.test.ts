import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { pronounGenderAfter } from '../../../../src/core/engine/entities/pronounGender';

// pronounGender.ts: a pronoun that goes on from a name tells one person from another. Sentences from
// gv-spain-indignados-15m-barcelona-2012-05-16 (development half, Global Voices 2012, CC BY 3.0) and fresh English
// Wikinews (CC BY 2.5).

test('the first he or she in the sentence after a name gives its gender', () => {
  const maria = "Maria, that's her name, is 56 years-old and has been there for a couple of hours.";
  expect(pronounGenderAfter(maria, 'Maria'.length)).toBe('female');
  const josep = "There's no need to ask Josep Maria what he's thinking: the banners that cover his body are very eloquent.";
  expect(pronounGenderAfter(josep, josep.indexOf(' what'))).toBe('male');
});

test('a pronoun after another name, or in the next sentence, tells nothing ("Warren commended Biden for his empathy")', () => {
  expect(pronounGenderAfter('Warren commended Biden for his empathy towards US citizens.', 'Warren'.length)).toBeNull();
  expect(pronounGenderAfter('Josep Maria did the same. He walked on.', 'Josep Maria'.length)).toBeNull();
});

test('a given name alone that "her" goes on from is not the man whose second given name it is ("Josep Maria … he", "Maria, that\'s her name")', () => {
  const texts = [
    'Spain: The "Indignados" of the 15M',
    'Sixty-nine year old Josep Maria did the same when it arrived to the Les Corts neighborhood.',
    "There's no need to ask Josep Maria what he's thinking: the banners that cover his body are very eloquent.",
    "Just in front of us a women is performing an act of protest. Maria, that's her name, is 56 years-old and has been there for a couple of hours standing without moving.",
  ];
  const people = findEntities(texts, 0).entities.filter((e) => e.type === 'person');
  expect(people.map((p) => p.name)).toEqual(['Josep Maria', 'Maria']);
  expect([...(people[0]?.aliases ?? [])]).not.toContain('Maria');
});
