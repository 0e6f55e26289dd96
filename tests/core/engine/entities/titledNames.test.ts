import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// titledNames.ts: a long title, then a name. Sentences from fresh Wikinews articles (CC BY 2.5, 2019–2020), in neither
// half of tests/fixtures/real.

const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

describe('a title of a place whose name goes on past its first word', () => {
  // wn-2019-09-21 NYC mayor de Blasio ends US presidential campaign
  test('"Mayor of New York City" leaves no person named "York City", and the mayor named after it is one', () => {
    const people = peopleIn(
      'Oh no, really big political news! Part time Mayor of New York City, [Bill de Blasio], who was polling at a solid ZERO, is dropping out.',
    );
    expect(people).not.toContain('York City');
    expect(people).toContain('Bill de Blasio');
  });

  test('a long title of a place of one word still names the person after it', () => {
    expect(peopleIn('The Assistant Secretary of State for Africa Molly Phee arrived on Monday.')).toContain('Molly Phee');
  });
});
