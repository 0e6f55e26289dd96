import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { middleName } from '../../../../src/core/engine/entities/middleNames';

// middleNames.ts: a person called by the word before the last of a longer name. Sentences from the development half
// (Global Voices, Colombia, May 2012, CC BY; Wikinews, Somalia, December 2008, CC BY 2.5).

const people = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

describe('a person called by the word before the last of their name is one person', () => {
  test('"former president Álvaro Uribe Vélez … former president Uribe" (a Spanish father’s surname spelt plainly)', () => {
    expect(
      people(
        "The bomb was left on the car of former interior Minister Fernando Londoño Hoyos, a conservative lawyer and politician who held that office during the first years of former president Álvaro Uribe Vélez's administration.",
        "After he left the Ministry, he started a morning radio programme devoted to supporting former president Uribe's policies and attacking FARC and other left wing guerrillas.",
      ),
    ).toEqual(['Fernando Londoño Hoyos', 'Álvaro Uribe Vélez']);
  });

  test('"President Abdullahi Yusuf Ahmed … President Yusuf announced" (a Somali father’s name)', () => {
    expect(
      people(
        "Somalia's parliament overwhelmingly voted Monday to keep its prime minister, blocking President Abdullahi Yusuf Ahmed's attempt at dismissing the prime minister.",
        'President Yusuf announced his motion on Sunday. The UN-sponsored peace process has been decried by Yusuf as dealing with terrorists.',
      ),
    ).toEqual(['Abdullahi Yusuf Ahmed']);
  });

  test('the word is nobody’s where two people’s names hold it', () => {
    const names = people(
      'The talks were led by President Abdullahi Yusuf Ahmed and by Prime Minister Omar Yusuf Hassan, his rival.',
      'Yusuf said the talks had failed.',
    );
    expect(names).toEqual(['Abdullahi Yusuf Ahmed', 'Omar Yusuf Hassan', 'Yusuf']);
  });

  test('only from a name of three or four plain name words, no honorific, title or spaced Korean name', () => {
    expect(middleName(['Abdullahi', 'Yusuf', 'Ahmed'])).toBe('Yusuf');
    expect(middleName(['Jaime', 'Lucas', 'Ortega', 'Alamino'])).toBe('Ortega');
    expect(middleName(['Vladimir', 'Putin'])).toBeNull();
    expect(middleName(['Sharif', 'Sheikh', 'Ahmed'])).toBeNull();
    expect(middleName(['Kim', 'Jong', 'Nam'])).toBeNull();
    expect(middleName(['John', 'F.', 'Kennedy'])).toBeNull();
    expect(middleName(['Luiz', 'Inácio', 'Lula', 'Santos', 'Silva'])).toBeNull();
  });
});

// A fresh Wikinews page (World Social Forum, January 2005), measured held out; and a development page of May 2005.
describe('a name whose surname its particle opens', () => {
  test('is called by the word before the particle: "Luiz Inácio Lula da Silva … Lula said"', () => {
    expect(middleName(['Luiz', 'Inácio', 'Lula', 'da', 'Silva'])).toBe('Lula');
    expect(
      people('Brazilian president Luiz Inácio Lula da Silva has defended himself before over 15 000 activists.', '"Poverty is the priority," Lula said.'),
    ).toEqual(['Luiz Inácio Lula da Silva']);
  });

  test('a shorter one keeps its own reading: "Ludwig van Beethoven" has no such word', () => {
    expect(middleName(['Ludwig', 'van', 'Beethoven'])).toBeNull();
  });
});
