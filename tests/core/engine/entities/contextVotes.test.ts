import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// contextVotes.ts: what the words around a name say it is. Sentences from fresh English Wikinews articles of 2019
// (CC BY 2.5), in neither half of tests/fixtures/real.

const typeOf = (name: string, ...texts: Array<string>) => findEntities(['A headline about the news', ...texts], 0).entities.find((e) => e.name === name)?.type;

describe('organisations named like people', () => {
  // "Singer-songwriter Robert Hunter dies, aged 78", 2019-09-25.
  test('a name after the noun of an organisation’s kind is that organisation ("rock band Grateful Dead")', () => {
    const texts = [
      'The former lyricist of rock band Grateful Dead was 78.',
      'He met future Grateful Dead guitarist Jerry Garcia when both were in their late teens.',
      "Garcia invited him to collaborate in Garcia's new group, the Grateful Dead.",
    ];
    expect(typeOf('Grateful Dead', ...texts)).not.toBe('person');
  });

  // "Escape room fire kills five teen girls in Koszalin, Poland", 2019-01-05; "Simple animals could live in Martian
  // brines", 2019-01-09.
  test.each([
    ['Agence France-Presse', 'Tomasz Kubiak, a fire service spokesman, told Agence France-Presse the male victim is in intensive care with "severe burns".'],
    [
      'National Geographic',
      'I went back to recalculate everything like five different times to make sure it\'s a real thing," Stamenković told National Geographic.',
    ],
  ])('the listener a speaker told, without a first name, is no person ("told %s")', (name, text) => {
    expect(typeOf(name, text)).not.toBe('person');
  });

  // "UK Prime Minister Johnson suspends parliament for five weeks as Brexit deadline approaches", 2019-09-11.
  test('a listener with a first name is still a person ("asked Queen Elizabeth II")', () => {
    expect(typeOf('Queen Elizabeth II', 'Johnson asked Queen Elizabeth II for this prorogation in August.')).toBe('person');
  });
});

describe('people an appositive describes', () => {
  // Global Voices 2012 (CC BY 3.0), development half of the corpus; NASA (public domain), fresh text.
  test.each([
    ['Seba Space', "Seba Space, LGBT blogger from Uganda, believes that Joyce Banda's heart is in the right place:"],
    [
      'Wil',
      'An Illinois native, Malone and her husband, Roy, reside in Huntsville. Their son, Wil, is a NASA engineer, and their daughter, Madison, is a medical doctor in San Francisco.',
    ],
  ])('an acronym may qualify the role after a name: %s', (name, text) => {
    expect(typeOf(name, text)).toBe('person');
  });
});
