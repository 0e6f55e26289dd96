import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { substitutedPlayer } from '../../../../src/core/engine/entities/substitutedPlayer';

// substitutedPlayer.ts: a player substituted, or substituted for. Sentences quoted exactly from the development half,
// wikinews-fifa-world-cup-2018-brazil-belgium-advance-mexico-japan-2018-07-04.

const typeOf = (name: string, ...texts: Array<string>) => findEntities(['A headline about the news', ...texts], 0).entities.find((e) => e.name === name)?.type;

describe('a player substituted in a match report', () => {
  test('a one-name player opening the sentence ("Chicharito was substituted out") is a person', () => {
    const text =
      'Hirving Lozano and Carlos Vela had their attempts for equalising for Mexico but were unsuccessful. Chicharito was substituted out in the 60th minute.';
    expect(typeOf('Chicharito', text)).toBe('person');
  });

  test('the first of two players "were substituted in for" others is a person', () => {
    const text =
      'Brazil made two substitutions in the final ten minutes of the 90-minute game, as Fernandinho and Roberto Firmino were substituted in for Paulinho and Coutinho.';
    expect(typeOf('Fernandinho', text)).toBe('person');
  });

  test('a sentence substituted with another says nothing of a person', () => {
    // wikinews-istanbul-court-acquits-pinar-selek-fourth-time-2014-12-20: "in January 2013 a conviction was substituted
    // with a life sentence" (the name's place taken by the noun).
    expect(substitutedPlayer('That was set aside the following year and in January 2013 a ', ' was substituted with a life sentence.')).toBe(false);
    // wikinews-umtiti-scores-france-reaches-final-beating-belgium-2018-07-10: the same verb with a player's name.
    expect(substitutedPlayer('Belgium made the first substitution at the one-hour mark as ', ' was substituted off for Dries Mertens.')).toBe(true);
  });
});
