import { expect, test } from 'vitest';
import { statedGender } from '../../../../src/core/engine/attribution/gender';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// attribution/gender.ts: the gender a text states for a person, and the words that state it. Sentences in the style of
// wire copy, not from the corpus.

/** The stated gender of the person named `name` in a paragraph (block 1, after a headline), with its evidence's words. */
function genderIn(paragraph: string, name: string) {
  const texts = ['Headline', paragraph];
  const person = findEntities(texts, 0).entities.find((e) => e.name === name);
  if (!person) throw new Error(`no person ${name}`);
  const stated = statedGender(person, texts);
  return stated && { gender: stated.gender, words: stated.evidence && paragraph.slice(stated.evidence.start, stated.evidence.end) };
}

test('a gendered title word inside the name states it, with that word as evidence', () => {
  expect(genderIn('Kremlin spokesman Dmitry Peskov said the talks went well.', 'Dmitry Peskov')).toEqual({ gender: 'male', words: 'spokesman' });
});

test('an appositive closing after the name states it: ", a spokeswoman,"', () => {
  expect(genderIn('Ana Ruiz, a spokeswoman for the council, said the vote was close.', 'Ana Ruiz')?.gender).toBe('female');
});

test('a capitalised honorific states it; a name alone states nothing, whatever a name list says', () => {
  expect(genderIn('Mrs. Helen Ward said the school would reopen.', 'Helen Ward')?.gender).toBe('female');
  expect(genderIn('Helen Ward said the school would reopen.', 'Helen Ward')).toBeNull();
});
